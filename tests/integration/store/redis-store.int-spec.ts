import Redis from 'ioredis';
import type { TraderObservation } from '@salw/risk-engine';
import { parseJsonLinesWatchlist } from '@salw/watchlists';
import { defaultProfileDocument } from '@salw/risk-engine/testing/screening.fixture';
import {
  KeySpace,
  RedisTraderHistory,
  ScreeningLedgerRepository,
  SnapshotStoreRepository,
  SnapshotStoreError,
} from '@salw/store';
import type { RiskProfileDocument } from '@salw/risk-engine';
import { redisUrl, runId } from '../support/kafka-kit';

/** The Redis repositories against the machine's real Redis, under a key prefix of their own. */
describe('Redis repositories (real Redis)', () => {
  const prefix = `it-store-${runId()}:`;
  const redis = new Redis(redisUrl);
  const keys = new KeySpace(prefix);

  afterAll(async () => {
    const found = await redis.keys(`${prefix}*`);
    if (found.length) await redis.del(...found);
    await redis.quit();
  });

  describe('trader history', () => {
    const history = new RedisTraderHistory(redis, keys, { firstSeenRetentionDays: 30, maxWindowHours: 48 });
    const observation = (
      declarationId: string,
      at: string,
      armsLike: boolean,
      ...traderKeys: string[]
    ): TraderObservation => ({
      declarationId,
      version: 1,
      at,
      armsLike,
      keys: traderKeys.map((key) => ({ role: 'consignee', by: 'id', key })),
    });
    const query = (...traderKeys: string[]) => ({
      keys: traderKeys.map((key) => ({ role: 'consignee' as const, by: 'id' as const, key })),
      windowHours: 24,
    });

    it('keeps the first sighting, counts each arms-like declaration once, and reads a batch in one round trip', async () => {
      await history.recordMany([observation('D-1', '2026-11-29T08:00:00Z', true, 'k1', 'k2')]);
      await history.recordMany([observation('D-1', '2026-11-29T08:00:00Z', true, 'k1')]); // replay
      await history.recordMany([
        observation('D-2', '2026-11-29T09:00:00Z', true, 'k1'),
        observation('D-3', '2026-11-29T09:30:00Z', false, 'k1'),
      ]);

      const now = new Date('2026-11-29T10:00:00Z');
      const prefetched = await history.prefetch(['k1', 'k2', 'k3'], now);
      expect([...prefetched.knownFirstSeen].sort()).toEqual(['k1', 'k2']);
      const facts = await prefetched.load(query('k1', 'k2', 'k3'), now);
      expect(facts.firstSeen.k1).toEqual({ at: '2026-11-29T08:00:00Z', declarationId: 'D-1' });
      expect(facts.recentArmsLike.k1).toEqual(['D-1', 'D-2']);
      expect(facts.recentArmsLike.k2).toEqual(['D-1']);
      expect(facts.firstSeen.k3).toBeUndefined();
    });

    it('leaves consignments older than the window out', async () => {
      await history.recordMany([observation('OLD-1', '2026-11-20T08:00:00Z', true, 'k9')]);
      const now = new Date('2026-11-29T10:00:00Z');
      const facts = await (await history.prefetch(['k9'], now)).load(query('k9'), now);
      expect(facts.recentArmsLike.k9).toBeUndefined();
      expect(facts.firstSeen.k9?.declarationId).toBe('OLD-1');
    });
  });

  describe('screening ledger', () => {
    it('stores and reads the versions of many declarations in one round trip each', async () => {
      const ledger = new ScreeningLedgerRepository(redis, keys, 60);
      await ledger.save(new Map([['L-1', [{ version: 1, partition: 0, offset: '5' }]]]));
      const loaded = await ledger.load(['L-1', 'L-2']);
      expect(loaded.get('L-1')).toEqual([{ version: 1, partition: 0, offset: '5' }]);
      expect(loaded.get('L-2')).toEqual([]);
      expect(await redis.ttl(keys.declarationLedger('L-1'))).toBeGreaterThan(0);
    });
  });

  describe('snapshot store', () => {
    const store = new SnapshotStoreRepository(redis, keys);

    it('stores versions immutably, activates a complete set atomically and announces it', async () => {
      const profile = (await defaultProfileDocument()) as unknown as RiskProfileDocument;
      expect(await store.saveProfile(profile)).toMatchObject({ created: true });
      expect(await store.saveProfile(profile)).toMatchObject({ created: false });
      await expect(store.saveProfile({ ...profile, title: 'changed' })).rejects.toThrow(
        /already stored with other content/,
      );

      const list = parseJsonLinesWatchlist(
        '{"list":"national","entryId":"N-1","kind":"CONTAINER","value":"MSCU1234566"}',
      );
      const first = await store.saveWatchlist(list);
      const second = await store.saveWatchlist(list);
      expect(second).toBe(first + 1);

      await expect(
        store.activate(
          { profile: { id: profile.id, version: profile.version }, lists: { national: 99 } },
          new Date(),
        ),
      ).rejects.toBeInstanceOf(SnapshotStoreError);

      const subscriber = new Redis(redisUrl);
      const announced = new Promise<string>((resolve) =>
        subscriber.on('message', (_channel, message: string) => resolve(message)),
      );
      await subscriber.subscribe(keys.activationChannel());
      const active = await store.activate(
        { profile: { id: profile.id, version: profile.version }, lists: { national: second } },
        new Date(),
      );
      expect(await announced).toBe(String(active.activation));
      await subscriber.quit();

      const loaded = await store.loadActive();
      expect(loaded?.active.lists).toEqual({ national: second });
      expect(loaded?.watchlists[0].file.entries[0].entryId).toBe('N-1');
      expect(loaded?.profile.id).toBe(profile.id);
    });

    it('keeps a list in chunks and loads every entry back in order, also versions stored whole before', async () => {
      const chunked = new SnapshotStoreRepository(redis, keys, { entriesPerChunk: 2 });
      const profile = (await defaultProfileDocument()) as unknown as RiskProfileDocument;
      const activate = (lists: Record<string, number>) =>
        chunked.activate({ profile: { id: profile.id, version: profile.version }, lists }, new Date());
      const list = parseJsonLinesWatchlist(
        Array.from(
          { length: 5 },
          (_, i) => `{"list":"chunked","entryId":"C-${i}","kind":"CONTAINER","value":"MSCU123456${6}"}`,
        ).join('\n'),
      );
      const version = await chunked.saveWatchlist(list);
      expect(await redis.llen(keys.watchlistEntries('chunked', version))).toBe(3);
      await activate({ chunked: version });
      const loaded = await chunked.loadActive();
      expect(loaded?.watchlists.find((w) => w.file.list === 'chunked')?.file).toEqual(list);

      // A version written by the store before entries were chunked: the whole file in one value.
      await redis.set(keys.watchlist('whole', 1), JSON.stringify({ ...list, list: 'whole' }));
      await activate({ whole: 1 });
      const whole = (await chunked.loadActive())?.watchlists.find((w) => w.file.list === 'whole');
      expect(whole?.file.entries.map((e) => e.entryId)).toEqual(['C-0', 'C-1', 'C-2', 'C-3', 'C-4']);

      await redis.rpop(keys.watchlistEntries('chunked', version));
      await expect(chunked.loadActive()).rejects.toThrow(
        `list chunked v${version} is incomplete in Redis: chunk 2 of 3 is missing`,
      );
    });
  });
});
