import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, redisConfig, type RedisConfig } from '@salw/config';
import type { ExemptionRequest, RiskProfileDocument } from '@salw/risk-engine';
import {
  defaultProfile,
  defaultProfileDocument,
  snapshotOf,
} from '@salw/risk-engine/testing/screening.fixture';
import { screenBatch, type ScreeningPorts } from '@salw/screening';
import { generateDeclarations } from '@salw/synthetic-traffic';
import { parseJsonLinesWatchlist } from '@salw/watchlists';
import {
  clusterKeySlot,
  createRedisClient,
  DeclarationOwnerRepository,
  ExemptionStoreRepository,
  importWatchlistFile,
  isCluster,
  KeySpace,
  keySpaceFor,
  pruneListVersions,
  RedisTraderHistory,
  ScreenerHeartbeatRepository,
  ScreeningLedgerRepository,
  SnapshotStoreRepository,
  type RedisConnection,
} from '@salw/store';
import type { Cluster } from 'ioredis';
import { LocalCluster } from './support/local-cluster';
import { redisBinariesPresent, redisCli } from './support/redis-node';

const describeWithRedis = redisBinariesPresent() ? describe : describe.skip;

/** The store's operations against a real 3-master Redis Cluster made with `redis-cli --cluster create`. */
describeWithRedis('the store on a Redis Cluster (3 masters, real processes)', () => {
  let cluster: LocalCluster;
  let config: RedisConfig;
  let redis: RedisConnection;
  const now = new Date('2026-12-08T08:00:00Z');

  beforeAll(async () => {
    cluster = await LocalCluster.start(3);
    config = loadConfig([redisConfig], { REDIS_URL: cluster.url, REDIS_KEY_PREFIX: 'it-cluster:' }).redis;
    redis = createRedisClient(config, { connectionName: 'salw-it-cluster', offlineQueue: true });
    await redis.connect();
  }, 60_000);

  afterAll(async () => {
    await redis?.quit().catch(() => redis.disconnect());
    await cluster?.stop();
  });

  it('connects through a redis-cluster:// URL as a Cluster client and computes the slots Redis does', async () => {
    expect(isCluster(redis)).toBe(true);
    const keys = keySpaceFor(config);
    expect(keys.hashTags).toBe(true);
    for (const key of [
      keys.activeSnapshot(),
      keys.exemptions(),
      keys.traderRecent('t-1'),
      keys.declarationLedger('D-9'),
      'foo',
    ])
      expect(clusterKeySlot(key)).toBe(
        Number(await redisCli(cluster.nodes[0]!.port, ['CLUSTER', 'KEYSLOT', key])),
      );
  });

  it('stores, imports, activates (announced to a subscriber), activates again and prunes: the registry scripts run in one slot', async () => {
    const keys = keySpaceFor(config);
    const store = new SnapshotStoreRepository(redis, keys, { entriesPerChunk: 2 });
    const profile = (await defaultProfileDocument()) as unknown as RiskProfileDocument;
    await store.saveProfile(profile);
    const national = await store.saveWatchlist(
      parseJsonLinesWatchlist('{"list":"national","entryId":"N-1","kind":"CONTAINER","value":"MSCU1234566"}'),
    );
    const dir = mkdtempSync(join(tmpdir(), 'salw-cluster-import-'));
    try {
      const file = join(dir, 'national.jsonl');
      writeFileSync(
        file,
        Array.from(
          { length: 5 },
          (_, i) => `{"list":"national","entryId":"N-${i + 1}","kind":"CONTAINER","value":"MSCU1234566"}`,
        ).join('\n'),
      );
      const imported = await importWatchlistFile(file, { redis, keys, entriesPerChunk: 2 });
      expect(imported).toMatchObject({ list: 'national', version: national + 1, entries: 5 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const first = await store.activate(
      {
        profile: { id: profile.id, version: profile.version },
        lists: { national },
        actor: 'it',
        reason: 'first',
      },
      now,
    );
    // A screener's subscriber (a second Cluster client) hears the activation the script publishes.
    const subscriber = createRedisClient(config, {
      connectionName: 'salw-it-cluster-sub',
      offlineQueue: true,
    });
    const announced = new Promise<string>((resolve) =>
      subscriber.on('message', (_channel, message: string) => resolve(message)),
    );
    await subscriber.subscribe(keys.activationChannel());
    const second = await store.activate({ lists: { national: national + 1 } }, now);
    expect(second.activation).toBe(first.activation + 1);
    expect(await announced).toBe(String(second.activation));
    await subscriber.quit();
    const loaded = await store.loadActive();
    expect(loaded?.watchlists[0]?.file.entries.map((e) => e.entryId)).toEqual([
      'N-1',
      'N-2',
      'N-3',
      'N-4',
      'N-5',
    ]);
    await expect(store.activate({ lists: { national: 99 } }, now)).rejects.toThrow(
      'not stored: list national v99',
    );
    expect(await pruneListVersions(redis, keys, 'national', 0, [])).toEqual([national]);
  });

  it('refuses the activation (keys in several slots) when keys lack the hash tags (what the tags are for)', async () => {
    const untagged = new KeySpace('it-cluster-untagged:');
    const store = new SnapshotStoreRepository(redis, untagged);
    const profile = (await defaultProfileDocument()) as unknown as RiskProfileDocument;
    await store.saveProfile(profile);
    await expect(
      store.activate({ profile: { id: profile.id, version: profile.version } }, now),
    ).rejects.toThrow(/CROSSSLOT|should belong to the same slot/);
  });

  it('adds, revokes and loads exemptions: the exemption script and MULTIs run in one slot', async () => {
    const store = new ExemptionStoreRepository(redis, keySpaceFor(config));
    const request: ExemptionRequest = {
      kind: 'PARTY_NOT_LISTED',
      party: { id: 'ML-778-123', role: 'consignee' },
      entry: { list: 'national', entryId: 'NAT-0042' },
      reason: 'registered importer since 1998; directors differ from the listed broker',
      expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
    };
    const kept = await store.add(request, 'a.analyst', now);
    const revoked = await store.add(request, 'a.analyst', now);
    await store.revoke(revoked.id, 'a.admin', 'new intelligence', now);
    const loaded = await store.loadActive(now);
    expect(loaded.exemptions.map((e) => e.id)).toEqual([kept.id]);
    expect(loaded.revision).toBe(3);
  });

  it('writes and reads ledger, trader history, ownership and heartbeats spread over all three masters', async () => {
    const keys = keySpaceFor(config);
    const ids = Array.from({ length: 300 }, (_, i) => `CL-${i}`);
    const ledger = new ScreeningLedgerRepository(redis, keys, 600);
    await ledger.save(
      new Map(ids.map((id, i) => [id, [{ version: 1, partition: i % 3, offset: String(i) }]])),
    );
    const read = await ledger.load(ids);
    expect(ids.every((id, i) => read.get(id)?.[0]?.offset === String(i))).toBe(true);
    const perMaster = await Promise.all(
      (redis as Cluster).nodes('master').map(async (node) => (await node.keys('it-cluster:ledger:*')).length),
    );
    expect(perMaster).toHaveLength(3);
    expect(perMaster.every((count) => count > 50)).toBe(true);

    const history = new RedisTraderHistory(redis, keys, { firstSeenRetentionDays: 30, maxWindowHours: 48 });
    const traders = Array.from({ length: 40 }, (_, i) => `trader-${i}`);
    await history.recordMany(
      traders.map((trader, i) => ({
        declarationId: `H-${i}`,
        version: 1,
        at: now.toISOString(),
        armsLike: true,
        keys: [{ role: 'consignee', by: 'id', key: trader }],
      })),
    );
    const prefetched = await history.prefetch(traders, now);
    expect(prefetched.knownFirstSeen.size).toBe(40);

    const owners = new DeclarationOwnerRepository(redis, keys);
    expect(
      await owners.claim(ids.slice(0, 50).map((declarationId) => ({ declarationId, client: 'a' }))),
    ).toEqual(Array(50).fill(undefined));
    const contested = await owners.claim([{ declarationId: 'CL-7', client: 'b' }]);
    expect(contested).toEqual(['a']);

    const heartbeats = new ScreenerHeartbeatRepository(redis, keys);
    for (const instance of ['s-1', 's-2', 's-3', 's-4'])
      await heartbeats.beat({ instance, activation: 2, at: now.toISOString() }, 60);
    expect((await heartbeats.running()).map((h) => h.instance)).toEqual(['s-1', 's-2', 's-3', 's-4']);
  });

  it('screens a short stream through the screening core with its Redis ports on the cluster; the same versions sent again are replays', async () => {
    const keys = keySpaceFor(config);
    const ports: ScreeningPorts = {
      ledger: new ScreeningLedgerRepository(redis, keys, 600),
      history: new RedisTraderHistory(redis, keys, { firstSeenRetentionDays: 30, maxWindowHours: 720 }),
    };
    const snapshot = snapshotOf(await defaultProfile(), []);
    const declarations = [...generateDeclarations({ seed: 'it-cluster', count: 200, riskyShare: 0.1 })];
    // The second pass sends every version again later in the stream (higher offsets): a producer's resend.
    const kinds = async (firstOffset: number) => {
      const records = declarations.map(({ declaration }, i) => ({
        value: JSON.stringify(declaration),
        key: declaration.declarationId,
        position: { partition: 0, offset: String(firstOffset + i) },
      }));
      const seen: string[] = [];
      for (let at = 0; at < records.length; at += 50) {
        const { outcomes } = await screenBatch(records.slice(at, at + 50), ports, { snapshot, now });
        seen.push(...outcomes.map((outcome) => outcome.kind));
      }
      return seen;
    };
    expect(new Set(await kinds(0))).toEqual(new Set(['screened']));
    expect(new Set(await kinds(1_000))).toEqual(new Set(['replay']));
  });
});
