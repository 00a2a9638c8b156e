/**
 * `npm run -s bench:registry:retro [-- --count N] [--changed N] [--profile]`: retro-screening and
 * backtest throughput, in declarations per second read back from Kafka (target >= 5,000/s with 100
 * changed entries), on the running local broker.
 *
 * 1. N generated declarations (default 50,000) go to a private 6-partition declarations topic.
 * 2. replay: the topic read back from the timestamp before them, nothing else (the reading floor).
 * 3. retro: list version "bench" changes 100 entries (95 parties of the real UN list, 5 consignees of
 *    the traffic, so it finds something); the runner re-screens every declaration against them and
 *    publishes RETRO results and alerts transactionally to private topics.
 * 4. backtest: the default profile with the real UN list (baseline) against the same plus the 100
 *    entries (candidate), both screened per declaration.
 * With --profile, a CPU profile of each measured phase is summarised in the report (where the time goes).
 * JSON report: reports/bench-registry-retro.json.
 */
import { Session } from 'node:inspector/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot, writeBenchReport } from '@salw/benchmarking';
import { topicNames } from '@salw/contracts';
import { replayKafkaTopic } from '@salw/messaging';
import { buildSnapshot, type WatchlistEntrySource } from '@salw/risk-engine';
import { loadProfileFromDir, SALW_DEFAULT_PROFILE_DIR } from '@salw/risk-engine/node';
import { generateDeclarations } from '@salw/synthetic-traffic';
import { parseWatchlistFile } from '@salw/watchlists/node';
import { Kafka, logLevel } from 'kafkajs';
import { backtestDeclarations } from '../../../apps/registry/src/backtest/backtest-declarations';
import { RetroScreeningRunner } from '../../../apps/registry/src/retro/retro-screening.runner';
import { summariseCpuProfile, type CpuProfile } from '../pipeline/cpu-profile-summary';

const TARGET_PER_SECOND = 5_000;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

async function measured<T>(profile: boolean, work: () => Promise<T>) {
  const session = profile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const value = await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpuBefore);
  // This process's CPU time: on a shared machine wall time also counts other processes' turns.
  const cpuSeconds = (used.user + used.system) / 1e6;
  let cpu;
  if (session) {
    const { profile: raw } = await session.post('Profiler.stop');
    cpu = summariseCpuProfile(raw as unknown as CpuProfile, 12);
    session.disconnect();
  }
  return { value, seconds, cpuSeconds, cpu };
}

async function main(): Promise<void> {
  const count = option('count', 50_000);
  const changedCount = option('changed', 100);
  const profile = process.argv.includes('--profile');
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const kafka = new Kafka({ clientId: 'bench-registry-retro', brokers, logLevel: logLevel.NOTHING });
  const topics = topicNames(`bench-retro-${Date.now().toString(36)}.`);
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: topics.declarations, numPartitions: 6 },
        { topic: topics.screeningResults, numPartitions: 3 },
        { topic: topics.alerts, numPartitions: 3 },
      ],
    });
    const compiled = await loadProfileFromDir(SALW_DEFAULT_PROFILE_DIR);
    const un = await parseWatchlistFile(
      join(repoRoot(), '..', 'shared', 'data', 'un-sc', 'consolidated-2024-09-26.xml'),
    );

    const values: string[] = [];
    const consignees: string[] = [];
    for (const { declaration } of generateDeclarations({ seed: 'bench-retro', count, riskyShare: 0.03 })) {
      values.push(JSON.stringify(declaration));
      if (consignees.length < 5 && !consignees.includes(declaration.parties.consignee.name))
        consignees.push(declaration.parties.consignee.name);
    }
    const changed: WatchlistEntrySource[] = [
      ...un.entries.filter((e) => e.kind === 'PARTY').slice(0, changedCount - consignees.length),
      ...consignees.map((name, i): WatchlistEntrySource => ({
        list: 'bench',
        entryId: `BENCH-${i}`,
        kind: 'PARTY',
        name,
        aliases: [],
        countries: [],
        documents: [],
        points: 60,
      })),
    ].map((e) => ({ ...e, list: 'bench' }));

    const since = new Date(Date.now() - 1_000);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const produceStarted = performance.now();
    for (let i = 0; i < values.length; i += 2_000)
      await producer.send({
        topic: topics.declarations,
        messages: values
          .slice(i, i + 2_000)
          .map((value) => ({ key: JSON.parse(value).declarationId, value })),
      });
    await producer.disconnect();
    const produceSeconds = (performance.now() - produceStarted) / 1000;
    process.stderr.write(`produced ${values.length} declarations in ${produceSeconds.toFixed(1)} s\n`);

    const replay = await measured(profile, async () => {
      let read = 0;
      for await (const batch of replayKafkaTopic(kafka, { topic: topics.declarations, since }))
        read += batch.records.length;
      return read;
    });
    process.stderr.write(`replay: ${replay.value} in ${replay.seconds.toFixed(2)} s\n`);

    const runner = new RetroScreeningRunner(kafka, { topics, jobIdPrefix: `${topics.declarations}.retro` });
    const retro = await measured(profile, () =>
      runner.run({ profile: compiled, list: 'bench', version: 1, changed, since, now: new Date() }),
    );
    process.stderr.write(
      `retro: ${retro.value.read} in ${retro.seconds.toFixed(2)} s, found ${retro.value.found}\n`,
    );

    const baseline = buildSnapshot({ profile: compiled, watchlists: [un] });
    const candidate = buildSnapshot({
      profile: compiled,
      watchlists: [un, { list: 'bench', version: '1', entries: changed }],
    });
    const backtest = await measured(profile, () =>
      backtestDeclarations(
        { kind: 'kafka', topic: topics.declarations, since },
        { kafka, baseline, candidate, now: new Date() },
      ),
    );
    process.stderr.write(`backtest: ${backtest.value.records} in ${backtest.seconds.toFixed(2)} s\n`);

    const rate = (n: number, s: number) => Math.round(n / s);
    const figures = {
      loadAverage: loadavg().map((l) => +l.toFixed(2)),
      declarations: count,
      changedEntries: changed.length,
      baselineEntries: un.entries.length,
      targetPerSecond: TARGET_PER_SECOND,
      produceSeconds: +produceSeconds.toFixed(2),
      replay: {
        read: replay.value,
        seconds: +replay.seconds.toFixed(2),
        perSecond: rate(replay.value, replay.seconds),
        cpu: replay.cpu,
      },
      retro: {
        read: retro.value.read,
        found: retro.value.found,
        published: retro.value.published,
        timings: retro.value.timings,
        seconds: +retro.seconds.toFixed(2),
        perSecond: rate(retro.value.read, retro.seconds),
        perCpuSecond: rate(retro.value.read, retro.cpuSeconds),
        meetsTarget: rate(retro.value.read, retro.seconds) >= TARGET_PER_SECOND,
        cpu: retro.cpu,
      },
      backtest: {
        read: backtest.value.records,
        seconds: +backtest.seconds.toFixed(2),
        perSecond: rate(backtest.value.records, backtest.seconds),
        perCpuSecond: rate(backtest.value.records, backtest.cpuSeconds),
        meetsTarget: rate(backtest.value.records, backtest.seconds) >= TARGET_PER_SECOND,
        alertsGained: backtest.value.alertsGained.count,
        cpu: backtest.cpu,
      },
    };
    const file = writeBenchReport('registry-retro', figures);
    console.log(
      [
        `load average ${figures.loadAverage.join(' ')} on ${cpus().length} cores`,
        `retro-screening: ${figures.retro.perSecond} declarations/s, ${figures.retro.perCpuSecond} per CPU-second (${figures.retro.read} in ${figures.retro.seconds} s, ${figures.retro.found} found) target >= ${TARGET_PER_SECOND}`,
        `backtest:        ${figures.backtest.perSecond} declarations/s, ${figures.backtest.perCpuSecond} per CPU-second (${figures.backtest.read} in ${figures.backtest.seconds} s, both sides)`,
        `replay only:     ${figures.replay.perSecond} declarations/s`,
        `report: ${file}`,
      ].join('\n'),
    );
  } finally {
    await admin
      .deleteTopics({ topics: [topics.declarations, topics.screeningResults, topics.alerts] })
      .catch(() => undefined);
    await admin.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
