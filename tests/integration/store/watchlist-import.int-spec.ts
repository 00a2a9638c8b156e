import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Redis from 'ioredis';
import type { RiskProfileDocument } from '@salw/risk-engine';
import { defaultProfileDocument } from '@salw/risk-engine/testing/screening.fixture';
import {
  KeySpace,
  SnapshotStoreRepository,
  StoredVersionsRepository,
  diffStoredWatchlists,
  diffWatchlistFileWithStored,
  importWatchlistFile,
  type ImportProgress,
} from '@salw/store';
import { WatchlistParseError, diffWatchlistEntries } from '@salw/watchlists';
import { parseWatchlistFile } from '@salw/watchlists/node';
import { redisUrl, runId } from '../support/kafka-kit';

const UN_LIST = resolve(__dirname, '../../../../shared/data/un-sc/consolidated-2024-09-26.xml');
const NATIONAL = resolve(__dirname, '../../../libs/watchlists/test-fixtures/national.jsonl');

const line = (n: number, id = `NAT-${n}`): string =>
  JSON.stringify({ list: 'imported', entryId: id, kind: 'PARTY', name: `Trader ${n} Logistics` });

/** importWatchlistFile against the machine's real Redis, under a key prefix of its own. */
describe('importing a watchlist file into Redis (real Redis)', () => {
  const prefix = `it-import-${runId()}:`;
  const redis = new Redis(redisUrl);
  const keys = new KeySpace(prefix);
  const store = new SnapshotStoreRepository(redis, keys, { entriesPerChunk: 100 });
  const dir = mkdtempSync(join(tmpdir(), 'salw-import-'));
  let profile: RiskProfileDocument;

  const keysUnderPrefix = async (): Promise<string[]> => (await redis.keys(`${prefix}*`)).sort();
  const activeLists = async (lists: Record<string, number>) => {
    await store.activate({ profile: { id: profile.id, version: profile.version }, lists }, new Date());
    const loaded = await store.loadActive();
    return loaded?.watchlists ?? [];
  };

  beforeAll(async () => {
    profile = (await defaultProfileDocument()) as unknown as RiskProfileDocument;
    await store.saveProfile(profile);
  });

  afterAll(async () => {
    const found = await redis.keys(`${prefix}*`);
    if (found.length) await redis.del(...found);
    await redis.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the real UN list as a new version that loads back equal to what was parsed', async () => {
    const progress: ImportProgress[] = [];
    const imported = await importWatchlistFile(UN_LIST, {
      redis,
      keys,
      entriesPerChunk: 100,
      onProgress: (p) => progress.push(p),
    });
    const parsed = await parseWatchlistFile(UN_LIST);
    expect(imported).toMatchObject({ list: 'un-sc', format: 'un-sc-xml', entries: parsed.entries.length });
    expect(imported.sourceVersion).toBe(parsed.version);
    expect(imported.warnings).toEqual(parsed.warnings);

    const [loaded] = await activeLists({ 'un-sc': imported.version });
    expect(loaded?.version).toBe(imported.version);
    expect(loaded?.file).toEqual(parsed);
    expect(await new StoredVersionsRepository(redis, keys).loadWatchlist('un-sc', imported.version)).toEqual(
      parsed,
    );
    expect(
      await new StoredVersionsRepository(redis, keys).versionInfo('un-sc', imported.version),
    ).toMatchObject({
      entries: parsed.entries.length,
    });
    expect(await redis.llen(keys.watchlistEntries('un-sc', imported.version))).toBe(
      Math.ceil(parsed.entries.length / 100),
    );
    expect(progress.at(-1)).toEqual({
      bytesRead: statSync(UN_LIST).size,
      totalBytes: statSync(UN_LIST).size,
      entries: parsed.entries.length,
    });
  });

  it('writes byte for byte what saveWatchlist writes for the same file, under the next version number', async () => {
    const parsed = await parseWatchlistFile(NATIONAL);
    const importedBy = { actor: 'analyst.one', at: new Date('2026-12-07T23:00:00Z') };
    const saved = await store.saveWatchlist(parsed, importedBy);
    const imported = await importWatchlistFile(NATIONAL, { redis, keys, importedBy, entriesPerChunk: 100 });
    expect(imported).toMatchObject({ list: 'national', version: saved + 1, entries: 8, format: 'jsonl' });
    expect(await redis.get(keys.watchlist('national', imported.version))).toBe(
      await redis.get(keys.watchlist('national', saved)),
    );
    expect(await redis.lrange(keys.watchlistEntries('national', imported.version), 0, -1)).toEqual(
      await redis.lrange(keys.watchlistEntries('national', saved), 0, -1),
    );
  });

  it('leaves no key behind, no version number taken and the active version untouched when a file is refused late', async () => {
    const good = join(dir, 'good.jsonl');
    writeFileSync(good, Array.from({ length: 1_000 }, (_, n) => line(n)).join('\n'));
    const first = await importWatchlistFile(good, { redis, keys, entriesPerChunk: 100 });
    await activeLists({ imported: first.version });
    const activeBefore = await store.getActive();
    const keysBefore = await keysUnderPrefix();

    // 2,500 good lines (25 chunks written to Redis) before the duplicate on the last line.
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      [...Array.from({ length: 2_500 }, (_, n) => line(n)), line(2_500, 'NAT-7')].join('\n'),
    );
    const refusal = importWatchlistFile(bad, { redis, keys, entriesPerChunk: 100 });
    await expect(refusal).rejects.toThrow(WatchlistParseError);
    await expect(refusal).rejects.toThrow("line 2501: entryId: 'NAT-7' is already used on line 8");

    expect(await keysUnderPrefix()).toEqual(keysBefore);
    expect(await store.getActive()).toEqual(activeBefore);
    const next = await importWatchlistFile(good, { redis, keys });
    expect(next.version).toBe(first.version + 1);
  });

  it('refuses a file of a format the import does not take before writing anything', async () => {
    const keysBefore = await keysUnderPrefix();
    await expect(importWatchlistFile(NATIONAL, { redis, keys, formats: ['un-sc-xml'] })).rejects.toThrow(
      'national.jsonl is jsonl; this import takes un-sc-xml',
    );
    expect(await keysUnderPrefix()).toEqual(keysBefore);
  });

  it('leaves no key behind when a UN list is cut off after its first entries', async () => {
    const keysBefore = await keysUnderPrefix();
    const truncated = join(dir, 'truncated.xml');
    const text = readFileSync(UN_LIST, 'utf8');
    writeFileSync(truncated, text.slice(0, Math.floor(text.length * 0.9)));
    await expect(importWatchlistFile(truncated, { redis, keys, entriesPerChunk: 50 })).rejects.toThrow(
      WatchlistParseError,
    );
    expect(await keysUnderPrefix()).toEqual(keysBefore);
  });

  describe('the diff of an import, without holding either version', () => {
    const version1 = Array.from({ length: 3_000 }, (_, n) => line(n));
    // Line 0..299 removed, 300..599 renamed, the rest kept, 500 newcomers.
    const version2 = [
      ...Array.from({ length: 300 }, (_, n) => line(n + 300).replace('Logistics', 'Logistics Ltd')),
      ...Array.from({ length: 2_400 }, (_, n) => line(n + 600)),
      ...Array.from({ length: 500 }, (_, n) => line(n + 10_000)),
    ];
    const write = (name: string, lines: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, lines.join('\n'));
      return path;
    };

    it('between two stored versions is what diffWatchlistEntries gives for the parsed files', async () => {
      const [first, second] = [write('v1.jsonl', version1), write('v2.jsonl', version2)];
      const from = await importWatchlistFile(first, { redis, keys, entriesPerChunk: 100 });
      const to = await importWatchlistFile(second, { redis, keys, entriesPerChunk: 100 });
      const expected = diffWatchlistEntries(
        (await parseWatchlistFile(first)).entries,
        (await parseWatchlistFile(second)).entries,
      );

      const result = await diffStoredWatchlists('imported', from.version, to.version, { redis, keys });
      expect(result.diff).toEqual(expected);
      expect(result.counts).toEqual({ added: 500, removed: 300, changed: 300, unchanged: 2_400 });

      const named = await diffStoredWatchlists('imported', from.version, to.version, {
        redis,
        keys,
        maxNamed: 5,
      });
      expect(named.diff.added).toEqual(expected.added.slice(0, 5));
      expect(named.truncated).toBe(true);
    });

    it('of a dry run is the same, and stores nothing', async () => {
      const first = write('dry-v1.jsonl', version1);
      const from = await importWatchlistFile(first, { redis, keys });
      const keysBefore = await keysUnderPrefix();
      const second = write('dry-v2.jsonl', version2);

      const dryRun = await diffWatchlistFileWithStored(second, {
        redis,
        keys,
        against: async (list) => (list === 'imported' ? from.version : undefined),
      });
      expect(dryRun).toMatchObject({
        list: 'imported',
        format: 'jsonl',
        entries: 3_200,
        against: from.version,
      });
      expect(dryRun.result.diff).toEqual(
        diffWatchlistEntries(
          (await parseWatchlistFile(first)).entries,
          (await parseWatchlistFile(second)).entries,
        ),
      );
      expect(await keysUnderPrefix()).toEqual(keysBefore);
    });
  });
});
