/**
 * Throughput and latency of a running intake (INTAKE_URL) against its real broker: single JSON
 * declarations at a fixed concurrency, then NDJSON batches of BENCH_BATCH_LINES lines. Prints a table
 * and writes reports/intake-bench.json. Every declaration it sends is really produced to the topic the
 * intake is configured with, so point it at an intake with a throw-away KAFKA_TOPIC_PREFIX.
 *
 *   INTAKE_URL=http://127.0.0.1:3000 INTAKE_BENCH_KEY=<submitter key> npx tsx apps/intake/scripts/intake.bench.ts
 */
import { validDeclaration } from '@salw/contracts/testing';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const url = process.env.INTAKE_URL ?? 'http://127.0.0.1:3000';
const key = process.env.INTAKE_BENCH_KEY ?? '';
const singles = Number(process.env.BENCH_SINGLES ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const batches = Number(process.env.BENCH_BATCHES ?? 5);
const batchLines = Number(process.env.BENCH_BATCH_LINES ?? 10_000);
const run = Date.now().toString(36);

function declaration(id: string): string {
  return JSON.stringify({ ...validDeclaration(), declarationId: id });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function post(route: string, contentType: string, body: string): Promise<Response> {
  const response = await fetch(`${url}${route}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': contentType },
    body,
  });
  return response;
}

async function benchSingles() {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < singles) {
        const id = `BENCH-${run}-S${next++}`;
        const t0 = performance.now();
        const response = await post('/v1/declarations', 'application/json', declaration(id));
        await response.arrayBuffer();
        latencies.push((performance.now() - t0) / 1000);
        if (response.status !== 202) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: singles,
    concurrency,
    failures,
    seconds: round(seconds),
    declarationsPerSecond: round(singles / seconds),
    latencySeconds: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
    },
  };
}

async function benchBatches() {
  const durations: number[] = [];
  let accepted = 0;
  let bytes = 0;
  const started = performance.now();
  for (let b = 0; b < batches; b++) {
    const body = Array.from({ length: batchLines }, (_, i) => declaration(`BENCH-${run}-B${b}-${i}`)).join(
      '\n',
    );
    bytes += Buffer.byteLength(body);
    const t0 = performance.now();
    const response = await post('/v1/declarations/batch', 'application/x-ndjson', body);
    const report = (await response.json()) as { accepted?: number };
    durations.push((performance.now() - t0) / 1000);
    if (response.status !== 200)
      throw new Error(`batch ${b} answered ${response.status}: ${JSON.stringify(report).slice(0, 300)}`);
    accepted += report.accepted ?? 0;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    batches,
    linesPerBatch: batchLines,
    accepted,
    megabytes: round(bytes / 1024 / 1024),
    seconds: round(seconds),
    declarationsPerSecond: round(accepted / seconds),
    secondsPerBatch: { min: round(Math.min(...durations)), max: round(Math.max(...durations)) },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

async function main(): Promise<void> {
  if (!key) throw new Error('set INTAKE_BENCH_KEY to an API key with the submitter role');
  const single = await benchSingles();
  const batch = await benchBatches();
  const result = { at: new Date().toISOString(), url, node: process.version, single, batch };
  console.log(
    `single: ${single.declarationsPerSecond} declarations/s at concurrency ${concurrency}; ` +
      `latency p50 ${single.latencySeconds.p50} s, p95 ${single.latencySeconds.p95} s, p99 ${single.latencySeconds.p99} s; ${single.failures} failures`,
  );
  console.log(
    `batch:  ${batch.declarationsPerSecond} declarations/s in ${batches} batches of ${batchLines} lines (${batch.megabytes} MiB); ` +
      `${batch.secondsPerBatch.min}-${batch.secondsPerBatch.max} s per batch; ${batches * batchLines - batch.accepted} not accepted`,
  );
  const out = path.resolve(__dirname, '../../../reports/intake-bench.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
