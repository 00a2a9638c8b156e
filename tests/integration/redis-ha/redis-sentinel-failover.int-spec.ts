import { loadConfig, redisConfig, type RedisConfig } from '@salw/config';
import type { LedgerEntry } from '@salw/screening';
import {
  createRedisClient,
  isCluster,
  keySpaceFor,
  replicaAcknowledgementFor,
  ScreeningLedgerRepository,
  type RedisConnection,
} from '@salw/store';
import { sleep, waitUntil } from '../screener/support/wait-until';
import { LocalSentinel, SENTINEL_PASSWORD } from './support/local-sentinel';
import { redisBinariesPresent } from './support/redis-node';

const describeWithRedis = redisBinariesPresent() ? describe : describe.skip;

const BATCHES = 120;
const PER_BATCH = 5;
/** The batch after which the master's process is killed (SIGKILL), mid-stream. */
const KILL_AFTER = 30;

/**
 * Batch b < 60 screens version 1 of declarations S-5b…S-5b+4; batch b ≥ 60 screens version 2 of the
 * declarations of batch b-60. As the screener does, a batch reads the ledger, skips a version it
 * already holds (a redelivery) and appends the others, then saves; a failed batch is re-run whole.
 */
function batchOf(b: number): { version: number; ids: string[] } {
  const first = (b % 60) * PER_BATCH;
  return {
    version: b < 60 ? 1 : 2,
    ids: Array.from({ length: PER_BATCH }, (_, i) => `S-${first + i}`),
  };
}

async function screenBatch(ledger: ScreeningLedgerRepository, b: number): Promise<void> {
  const { version, ids } = batchOf(b);
  const current = await ledger.load(ids);
  const updates = new Map<string, LedgerEntry[]>();
  for (const id of ids) {
    const entries = current.get(id) ?? [];
    if (entries.some((entry) => entry.version === version)) continue;
    updates.set(id, [...entries, { version, partition: 0, offset: String(b) }]);
  }
  await ledger.save(updates);
}

/** A Sentinel failover (master killed) in the middle of a stream of screening-ledger writes. */
describeWithRedis('the screening ledger across a Sentinel failover (real processes)', () => {
  let deployment: LocalSentinel;
  let config: RedisConfig;
  let redis: RedisConnection;

  beforeAll(async () => {
    deployment = await LocalSentinel.start();
    config = loadConfig([redisConfig], {
      REDIS_URL: deployment.url,
      REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD,
      REDIS_KEY_PREFIX: 'it-sentinel:',
      REDIS_WAIT_REPLICAS: '1',
      REDIS_WAIT_TIMEOUT_MS: '500',
    }).redis;
    // As the screener makes it: no offline queue, a failed command fails the batch.
    redis = createRedisClient(config, { connectionName: 'salw-it-sentinel' });
    // Connection errors while the master is down are expected; the failed batches below show them.
    redis.on('error', () => undefined);
    await redis.connect();
  }, 60_000);

  afterAll(async () => {
    redis?.disconnect();
    await deployment?.stop();
  });

  it('loses no ledger write and doubles none when the master dies mid-stream', async () => {
    expect(isCluster(redis)).toBe(false);
    const ledger = new ScreeningLedgerRepository(
      redis,
      keySpaceFor(config),
      3600,
      replicaAcknowledgementFor(config),
    );
    const oldMaster = await deployment.masterPort();
    const failures: string[] = [];
    const deadline = Date.now() + 90_000;
    for (let b = 0; b < BATCHES; b++) {
      if (b === KILL_AFTER) await deployment.data[0]!.kill();
      for (;;) {
        try {
          await screenBatch(ledger, b);
          break;
        } catch (error) {
          failures.push(`batch ${b}: ${(error as Error).message}`);
          if (Date.now() > deadline)
            throw new Error(`the stream did not recover:\n${failures.slice(-5).join('\n')}`);
          await sleep(100);
        }
      }
      await sleep(10);
    }

    const newMaster = await deployment.masterPort();
    expect(newMaster).not.toBe(oldMaster);
    // The failover happened during the stream: writes were refused, then went on to the new master.
    expect(failures.length).toBeGreaterThan(0);

    const all = Array.from({ length: 60 * PER_BATCH }, (_, i) => `S-${i}`);
    const stored = await ledger.load(all);
    const wrong = all.filter((id) => {
      const versions = (stored.get(id) ?? []).map((entry) => entry.version);
      return versions.length !== 2 || versions[0] !== 1 || versions[1] !== 2;
    });
    expect({ wrong, failures: failures.length > 0 }).toEqual({ wrong: [], failures: true });

    // The surviving replica follows the new master and holds the same ledger.
    const replica = deployment.data.find((node) => node.port !== newMaster && node.port !== oldMaster)!;
    await waitUntil(
      'the other replica to follow the new master',
      async () =>
        (await deployment.dataCli(replica, ['INFO', 'replication'])).includes(`master_port:${newMaster}`),
      { timeoutMs: 20_000 },
    );
  }, 150_000);

  it('does not count a ledger write that no replica holds (what a failover would lose)', async () => {
    const ledger = new ScreeningLedgerRepository(
      redis,
      keySpaceFor(config),
      3600,
      replicaAcknowledgementFor(config),
    );
    const master = await deployment.masterPort();
    const replicas = deployment.data.filter((node) => node.running && node.port !== master);
    for (const replica of replicas) replica.freeze();
    try {
      await expect(
        ledger.save(new Map([['S-unreplicated', [{ version: 1, partition: 0, offset: '1' }]]])),
      ).rejects.toThrow(/screening ledger write reached 0 of 1 replicas within 500 ms; it is retried/);
    } finally {
      for (const replica of replicas) replica.thaw();
    }
  }, 60_000);
});
