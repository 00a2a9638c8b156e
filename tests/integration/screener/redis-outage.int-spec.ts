import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { assertUniqueIds, generatedDeclarations } from './support/declaration-sets';
import { freePort } from './support/free-port';
import { RedisServerProcess } from './support/redis-server-process';
import type { Readiness } from './support/screener-process';
import { ScreenerTestBed } from './support/screener-test-bed';
import { expectEachScreenedOnce } from './support/screening-output-report';
import { sleep } from './support/wait-until';
import { withChildLogs } from './support/with-child-logs';

const OUTAGE_MS = 10_000;

/**
 * Redis unavailable: the screener stops making progress (nothing committed, nothing lost), says it
 * is not ready, and resumes by itself when Redis answers again. Uses a private redis-server frozen
 * with SIGSTOP, the closest thing to a hung Redis host; the machine's Redis is never touched.
 */
describe('screener: Redis unavailable for 10 s', () => {
  let bed: ScreenerTestBed | undefined;
  let redis: RedisServerProcess | undefined;
  const redisDir = mkdtempSync(join(tmpdir(), 'it-scr-redis-'));

  beforeAll(async () => {
    redis = await RedisServerProcess.start(await freePort(), join(redisDir, 'redis-server.log'));
    bed = await ScreenerTestBed.create('redis', { redisUrl: redis.url });
    bed.addLogSource(() => redis?.tail() ?? '');
    await bed.seed();
  });

  afterAll(async () => {
    redis?.thaw();
    await bed?.close();
    await redis?.stop();
    rmSync(redisDir, { recursive: true, force: true });
  });

  it(
    'reports not ready (503) while Redis is frozen for 10 s mid-stream, recovers by itself, and loses and doubles no result or alert',
    withChildLogs(
      () => bed,
      async () => {
        const test = bed!;
        const server = redis!;
        const declarations = generatedDeclarations(`redis-${test.id}`, 3000, 0.05);
        assertUniqueIds(declarations);
        const screener = await test.startScreener();
        const outputs = await test.outputs();
        const results = () => outputs.records(test.topics.screeningResults).length;

        const stream = test.streamDeclarations(declarations, { chunkSize: 100, pauseMs: 150 });
        await outputs.waitFor('the first 500 results before the outage', () => results() >= 500, 60_000);
        const atFreeze = { sent: stream.sent(), results: results() };
        server.freeze();
        const frozenAt = Date.now();
        const during: Array<Readiness & { atMs: number }> = [];
        try {
          while (Date.now() - frozenAt < OUTAGE_MS) {
            const readiness = await screener.readiness();
            during.push({ ...readiness, atMs: Date.now() - frozenAt });
            await sleep(250);
          }
        } finally {
          server.thaw();
        }
        const resultsDuringOutage = results() - atFreeze.results;
        const firstNotReady = during.find((r) => r.status === 503);
        console.info(
          `Redis frozen at ${atFreeze.sent} sent / ${atFreeze.results} results; first 503 after ${firstNotReady?.atMs} ms; ` +
            `${during.filter((r) => r.status === 503).length} of ${during.length} readiness answers were 503; ${resultsDuringOutage} results committed during the outage`,
        );
        expect(firstNotReady).toBeDefined();
        expect(firstNotReady!.body).toMatch(/redis/i);

        const thawedAt = Date.now();
        const readyAgainMs = await screener.waitReady(60_000);
        console.info(`ready again ${readyAgainMs} ms after Redis came back`);
        await stream.done;
        await test.waitAllConsumed(120_000);
        await outputs.waitFor(
          `${declarations.length} results`,
          () => results() >= declarations.length,
          60_000,
        );
        console.info(`all results committed and readable ${Date.now() - thawedAt} ms after Redis came back`);
        await sleep(2_000);

        expectEachScreenedOnce(declarations, outputs, test.topics);
        expect(screener.running).toBe(true);
      },
    ),
    240_000,
  );
});
