/**
 * `npm run bench:alert-desk [-- --alerts N] [--text-rounds N]`: the alert desk's speed against a private redis-server
 * with AOF and `appendfsync always` (its production setting), on this shared machine.
 * 1. projection: alerts upserted into the worklist per second (batches of 100, 3 in flight), declarations preloaded;
 * 2. queue page: 50 rows, filtered and sorted, p50/p95/p99 per shape (`queue-shapes.ts`), 200 pages each,
 *    with 100,000 open alerts; free-text pages likewise, 100 each;
 * 3. alert detail: p50/p99 over 1,000 reads;
 * 4. live: 200 SSE clients of the running desk; time until every one has received a new alert.
 * Targets (issue): projection >= 2,000 alerts/s; page p99 <= 50 ms; detail p99 <= 20 ms; SSE <= 1 s.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Redis from 'ioredis';
import { loadConfig } from '@salw/config';
import { ALERT_DESK_CONFIG_SECTIONS } from '../../../apps/alert-desk/src/config/alert-desk-config-sections';
import { createAlertDeskApp } from '../../../apps/alert-desk/src/create-alert-desk-app';
import { WorklistRepository } from '../../../apps/alert-desk/src/worklist/worklist.repository';
import type { WorklistQuery } from '../../../apps/alert-desk/src/worklist/worklist-query';
import { PrivateRedis } from '../../integration/alert-desk/support/private-redis';
import { variedAlert } from '../../integration/alert-desk/support/varied-alerts';
import { FILTER_SHAPES, textShapes } from './queue-shapes';
import { writeBenchReport } from '@salw/benchmarking';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50Ms: +percentile(sorted, 50).toFixed(2),
    p95Ms: +percentile(sorted, 95).toFixed(2),
    p99Ms: +percentile(sorted, 99).toFixed(2),
    maxMs: +sorted[sorted.length - 1].toFixed(2),
  };
}

/** Times `rounds` pages of each shape, interleaved so that a busy moment of the machine hits all shapes alike. */
async function timeShapes(
  worklist: WorklistRepository,
  redisPid: number,
  shapes: Record<string, (q: number) => WorklistQuery>,
  rounds: number,
): Promise<{ all: number[]; byShape: Record<string, Record<string, number>> }> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(shapes).map((name) => [name, []]));
  const cpu: Record<string, { redis: number; node: number }> = Object.fromEntries(
    Object.keys(shapes).map((name) => [name, { redis: 0, node: 0 }]),
  );
  for (let q = 0; q < rounds; q++) {
    for (const [name, shape] of Object.entries(shapes)) {
      const redisBefore = cpuMs(redisPid);
      const nodeBefore = process.cpuUsage();
      const t = performance.now();
      await worklist.query(shape(q));
      samples[name].push(performance.now() - t);
      const node = process.cpuUsage(nodeBefore);
      cpu[name].node += (node.user + node.system) / 1000;
      cpu[name].redis += cpuMs(redisPid) - redisBefore;
    }
  }
  // CPU time spent per page, by Redis and by this process: what the page costs whatever else the shared machine runs.
  const byShape = Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [
      name,
      {
        ...summary(s),
        redisCpuMsPerPage: +(cpu[name].redis / rounds).toFixed(2),
        nodeCpuMsPerPage: +(cpu[name].node / rounds).toFixed(2),
      },
    ]),
  );
  for (const [name, figures] of Object.entries(byShape)) process.stdout.write(`  ${name}: ${JSON.stringify(figures)}\n`);
  return { all: Object.values(samples).flat(), byShape };
}

async function inParallel(
  total: number,
  concurrency: number,
  task: (i: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await task(next++);
    }),
  );
}

/** User + system CPU time of a process so far, from /proc (Linux), in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
const CLOCK_TICKS = 100;

function option(name: string): number | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : Number(process.argv[at + 1]) || undefined;
}

async function main(): Promise<void> {
  const count = option('--alerts') ?? 100_000;
  const run = Date.now().toString(36);
  const redisServer = new PrivateRedis();
  await redisServer.start();
  const redis = new Redis(redisServer.url);
  const prefix = `bench:desk:`;
  const worklist = new WorklistRepository(redis, prefix, 10_000);
  const redisPid = Number(/process_id:(\d+)/.exec(await redis.info('server'))![1]);
  const figures: Record<string, unknown> = {
    alerts: count,
    redis: 'private redis-server, appendonly yes, appendfsync always',
  };
  try {
    const items = Array.from({ length: count }, (_, i) => variedAlert(i, run));
    await inParallel(count, 64, (i) => worklist.storeDeclaration(items[i].declaration, 86_400));

    const started = performance.now();
    const redisCpuBefore = cpuMs(redisPid);
    // Batches of 100, as the consumer hands them over from one partition fetch; 3 partitions in parallel.
    await inParallel(Math.ceil(count / 100), 3, (b) =>
      worklist.upsertAlerts(
        items.slice(b * 100, b * 100 + 100).map((item) => item.alert),
        new Date(),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    figures['projection'] = {
      alertsPerSecond: Math.round(count / seconds),
      seconds: +seconds.toFixed(1),
      redisCpuMsPer1000Alerts: +(((cpuMs(redisPid) - redisCpuBefore) * 1000) / count).toFixed(1),
      target: '>= 2000/s',
    };
    process.stdout.write(`projection: ${JSON.stringify(figures['projection'])}\n`);

    process.stdout.write('queue pages (50 rows, filtered and sorted):\n');
    const pages = await timeShapes(worklist, redisPid, FILTER_SHAPES, 200);
    figures['queuePage'] = { ...summary(pages.all), rows: 50, target: 'p99 <= 50 ms', byShape: pages.byShape };
    process.stdout.write(`queue page, all shapes: ${JSON.stringify(summary(pages.all))}\n`);

    process.stdout.write('free-text pages:\n');
    const texts = await timeShapes(worklist, redisPid, textShapes(run, count), option('--text-rounds') ?? 100);
    figures['freeTextPage'] = { ...summary(texts.all), byShape: texts.byShape };
    process.stdout.write(`free-text page, all shapes: ${JSON.stringify(summary(texts.all))}\n`);

    const details: number[] = [];
    for (let q = 0; q < 1000; q++) {
      const t = performance.now();
      await worklist.detail(items[(q * 7919) % count].alert.alertId);
      details.push(performance.now() - t);
    }
    figures['detail'] = { ...summary(details), target: 'p99 <= 20 ms' };
    process.stdout.write(`detail: ${JSON.stringify(figures['detail'])}\n`);

    figures['sse'] = await measureSse(redisServer.url, prefix, worklist, run);
    process.stdout.write(`sse: ${JSON.stringify(figures['sse'])}\n`);
  } finally {
    redis.disconnect();
    await redisServer.stop();
  }
  process.stdout.write(`report: ${writeBenchReport('alert-desk', figures)}\n`);
}

/** 200 clients on the running desk's /api/events; the time from the write to the last client's receipt. */
async function measureSse(redisUrl: string, prefix: string, worklist: WorklistRepository, run: string) {
  const key = 'bench-sse-key';
  const config = loadConfig(ALERT_DESK_CONFIG_SECTIONS, {
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix.replace(/desk:$/, ''),
    HTTP_PORT: '0',
    LOG_LEVEL: 'error',
    AUTH_COOKIE_SECURE: 'false',
    AUTH_API_KEYS: `bench:officer:${createHash('sha256').update(key).digest('hex')}`,
    ALERT_DESK_GROUP_ID: `bench-desk-${run}`,
    ALERT_DESK_TRANSACTIONAL_ID_PREFIX: `bench-desk-${run}`,
  });
  const app = await createAlertDeskApp({ config });
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as { port: number }).port;
  const target = `a-BENCH-SSE-${run}`;
  const controllers: AbortController[] = [];
  try {
    const received: Promise<number>[] = [];
    const connected: Promise<void>[] = [];
    for (let c = 0; c < 200; c++) {
      const controller = new AbortController();
      controllers.push(controller);
      let ready!: () => void;
      connected.push(new Promise((resolve) => (ready = resolve)));
      received.push(
        (async () => {
          const response = await fetch(`http://127.0.0.1:${port}/api/events`, {
            headers: { 'x-api-key': key },
            signal: controller.signal,
          });
          const reader = response.body!.getReader();
          ready();
          let text = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) throw new Error('stream ended');
            text += Buffer.from(value).toString('utf8');
            if (text.includes(target)) return performance.now();
          }
        })(),
      );
    }
    await Promise.all(connected);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { alert } = variedAlert(0, run);
    const sent = performance.now();
    await worklist.upsertAlert({ ...alert, alertId: target, declarationId: `BENCH-SSE-${run}` }, new Date());
    const latencies = (await Promise.all(received)).map((at) => at - sent);
    return { clients: 200, ...summary(latencies), target: 'every client within 1 s' };
  } finally {
    for (const controller of controllers) controller.abort();
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:alert-desk: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
