/**
 * `npm run bench:pipeline`: speed of the screening pipeline through the real broker. For each
 * screener mode (screen, pass-through): a saturation run (N declarations preloaded, screener started,
 * first to last committed result as a read_committed reader sees it), then fixed offered rates with a
 * paced idempotent producer (end-to-end latency from send to receipt of the committed result).
 * Broker, Redis, the screener and this load generator share one machine; the report says how much CPU
 * each used. Targets (issue): >= 5,000 declarations/s sustained, p99 <= 250 ms at 2,000/s, screening
 * >= 70% of pass-through throughput.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { topicNames } from '@salw/contracts';
import { contractTopicSpecs, createIdempotentProducer, provisionTopics } from '@salw/messaging';
import Redis from 'ioredis';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { writeBenchReport } from '@salw/benchmarking';
import { BenchCleanup } from './bench-cleanup';
import { prepareBenchDeclarations, type BenchDeclarations } from './bench-declarations';
import {
  parseBenchOptions,
  UsageError,
  USAGE,
  type PipelineBenchOptions,
  type ScreenerMode,
} from './bench-options';
import { summariseCpuProfile, type CpuProfile, type CpuProfileSummary } from './cpu-profile-summary';
import { sendAll, sendPaced, type PreparedDeclaration } from './declaration-producer';
import { summariseLatencies, type LatencySummary } from './latency-summary';
import { PhaseTracker } from './phase-tracker';
import { findProcess, machineBusyCpuSeconds, processCpuSeconds } from './process-cpu';
import { ResultReader } from './result-reader';
import { ScreenerChild } from './screener-child';
import {
  parseScreenerMetrics,
  screenerPhaseFigures,
  type ScreenerMetricsSnapshot,
  type ScreenerPhaseFigures,
} from './screener-metrics-snapshot';
import { pollUntil, sleep, wallClockMs } from './wall-clock';

const REPO_ROOT = resolve(__dirname, '../../..');
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const REAL_UN_LIST = resolve(REPO_ROOT, '../shared/data/un-sc/consolidated-2024-09-26.xml');
const SAMPLE_UN_LIST = join(REPO_ROOT, 'deploy/samples/un-sample.xml');
const NATIONAL_LIST = join(REPO_ROOT, 'deploy/samples/national-watchlist.jsonl');
const PROFILED_RATE = 2_000;

const LIMITS = {
  wholeRunMs: 14 * 60_000,
  preloadMs: 120_000,
  screenerReadyMs: 120_000,
  firstResultMs: 60_000,
  saturationMs: 240_000,
  /** After the last send of a rate, how long its backlog may take to clear before the next phase. */
  drainMs: 30_000,
  seedMs: 180_000,
};

const TARGETS = { declarationsPerSecond: 5_000, p99MsAt2000: 250, screenToPassThrough: 0.7 };

interface ResourceSample {
  readonly atMs: number;
  readonly screener?: number;
  readonly broker?: number;
  readonly redis?: number;
  readonly bench: number;
  readonly machine: number;
  readonly metrics: ScreenerMetricsSnapshot;
}

interface CpuCores {
  readonly screener?: number;
  readonly broker?: number;
  readonly redis?: number;
  readonly bench: number;
  /** Everything else on the machine (other people's builds and tests share these cores): the figures are only as clean as this is small. */
  readonly others: number;
}

interface SaturationFigures {
  readonly declarations: number;
  readonly results: number;
  readonly deadLetters: number;
  readonly complete: boolean;
  readonly preloadMs: number;
  readonly screenerReadyMs: number;
  readonly firstToLastMs: number;
  readonly declarationsPerSecond: number;
  readonly cpuCores: CpuCores;
  /** CPU the screener process (all its threads) spent per declaration: unlike throughput, hardly moved by other load on the machine. */
  readonly screenerCpuMsPerDeclaration?: number;
  readonly brokerCpuMsPerDeclaration?: number;
  readonly screener: ScreenerPhaseFigures;
  readonly profile?: CpuProfileSummary;
}

interface RateFigures {
  readonly offeredPerSecond: number;
  readonly sent: number;
  readonly achievedPerSecond: number;
  readonly producerMaxBehind: number;
  /** Declarations whose committed result (or dead letter) reached the reader per second during the measured window. */
  readonly completedPerSecond: number;
  readonly backlogAtSendEnd: number;
  /** Milliseconds after the last send until every sent declaration had its result; undefined if not within the drain limit. */
  readonly drainedMs?: number;
  readonly sustained: boolean;
  readonly deadLetters: number;
  /** Send -> receipt by the read_committed reader. */
  readonly latency?: LatencySummary;
  /** Send -> the result record's timestamp (the screener's produce call, before its commit). */
  readonly latencyToResultTimestamp?: LatencySummary;
  readonly cpuCores: CpuCores;
  readonly screener: ScreenerPhaseFigures;
  readonly profile?: CpuProfileSummary;
}

interface ModeFigures {
  readonly mode: ScreenerMode;
  readonly saturation: SaturationFigures;
  readonly rates: RateFigures[];
}

interface RunContext {
  readonly options: PipelineBenchOptions;
  readonly runId: string;
  readonly kafka: Kafka;
  readonly admin: Admin;
  readonly cleanup: BenchCleanup;
  readonly declarations: BenchDeclarations;
  readonly redisKeyPrefix: string;
  readonly logDir: string;
  readonly profileDir: string;
  readonly brokerPid?: number;
  readonly redisPid?: number;
}

const cleanup = new BenchCleanup();

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2));
  cleanup.installSignalHandlers();
  setTimeout(() => {
    process.stderr.write(
      `the benchmark passed its ${LIMITS.wholeRunMs / 60_000}-minute limit; stopping and cleaning up\n`,
    );
    void cleanup.runAll().finally(() => process.exit(1));
  }, LIMITS.wholeRunMs).unref();

  const loadAtStart = loadavg().map((n) => Math.round(n * 100) / 100);
  const runId = `${Date.now().toString(36)}${randomUUID().slice(0, 4)}`;
  const logDir = join(REPO_ROOT, 'reports', 'pipeline', runId);
  const profileDir = join(logDir, 'profiles');
  mkdirSync(profileDir, { recursive: true });

  const kafka = new Kafka({
    clientId: 'salw-bench-pipeline',
    brokers: BROKERS,
    logLevel: logLevel.ERROR,
    retry: { retries: 5 },
  });
  const admin = kafka.admin();
  await withTimeout(
    admin.connect(),
    15_000,
    `the Kafka broker at ${BROKERS.join(',')} did not answer (npm run stack:status; npm run stack:up)`,
  );
  cleanup.add('disconnect the admin client', () => admin.disconnect());
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    connectionName: 'salw-bench-pipeline',
  });
  await withTimeout(
    redis.connect(),
    10_000,
    `Redis at ${REDIS_URL} did not answer (npm run stack:status; npm run stack:up)`,
  );
  cleanup.add('disconnect Redis', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });

  const brokerPid = findProcess(['kafka.Kafka']);
  const redisPid = findProcess(['redis-server']);
  const brokerVersion = brokerPid
    ? /kafka[_-](\d+\.\d+\.\d+)/.exec(readFileSync(`/proc/${brokerPid}/cmdline`, 'utf8'))?.[1]
    : undefined;
  const unList = existsSync(REAL_UN_LIST) ? REAL_UN_LIST : SAMPLE_UN_LIST;
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`;
  say(
    `Pipeline benchmark, run ${runId}: Kafka ${brokerVersion ?? '(version unknown)'} (1 KRaft node), Redis, the screener and`,
  );
  say(
    `this load generator (producer + read_committed reader) all share this machine: ${machine}; load average now ${loadAtStart.join(' ')}.`,
  );

  say(
    `generating and serialising declarations (${options.parties ? `parties from a pool of ${fmt(options.parties)}` : 'every party new'}; saturation ${fmt(options.count)}, rates ${options.rates.join('/')} /s × ${options.warmupSeconds}+${options.measureSeconds} s) ...`,
  );
  const declarations = prepareBenchDeclarations(options);
  say(
    `  ${fmt(declarations.saturation.length + declarations.perRate.reduce((n, set) => n + set.length, 0))} declarations, mean ${fmt(declarations.meanBytes)} bytes, in ${fmt(declarations.generateMs)} ms`,
  );

  const redisKeyPrefix = `bench-pipe-${runId}:`;
  cleanup.add(`delete Redis keys ${redisKeyPrefix}*`, () => deleteKeys(redis, redisKeyPrefix));
  say(
    `seeding Redis (${redisKeyPrefix}) with ${relative(REPO_ROOT, unList)}${unList === SAMPLE_UN_LIST ? ' (the real UN list is absent: SAMPLE)' : ''} + national-watchlist.jsonl ...`,
  );
  seedRedis(redisKeyPrefix, unList);

  const context: RunContext = {
    options,
    runId,
    kafka,
    admin,
    cleanup,
    declarations,
    redisKeyPrefix,
    logDir,
    profileDir,
    brokerPid,
    redisPid,
  };
  const modes: ModeFigures[] = [];
  try {
    for (const mode of options.modes) modes.push(await runMode(context, mode));
  } finally {
    await cleanup.runAll();
  }

  const verdict = judge(modes);
  printTables(options, modes, verdict);
  const file = writeBenchReport(options.label ? `pipeline-${options.label}` : 'pipeline', {
    setup: {
      machine,
      sharedMachine: 'broker, Redis, screener and the load generator run on the same machine',
      broker: `Apache Kafka ${brokerVersion ?? '?'} KRaft single node`,
      unList: relative(REPO_ROOT, unList),
      realUnList: unList === REAL_UN_LIST,
      declarations: {
        saturation: options.count,
        meanBytes: declarations.meanBytes,
        riskyShare: 0.03,
        partyPool: options.parties ?? 'every party new',
      },
      rates: options.rates,
      warmupSeconds: options.warmupSeconds,
      measureSeconds: options.measureSeconds,
      partitionsConcurrently: options.partitionsConcurrently ?? 'screener default',
      screenerEnv: options.screenerEnv,
      screenerImports: options.screenerImports,
      cpuProfile: options.cpuProfile,
      logs: relative(REPO_ROOT, logDir),
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg().map((n) => Math.round(n * 100) / 100),
    },
    modes,
    targets: TARGETS,
    verdict,
  });
  say(`report: ${file}`);
  return 0;
}

async function runMode(context: RunContext, mode: ScreenerMode): Promise<ModeFigures> {
  const { options, kafka, admin, cleanup, declarations, runId } = context;
  const tag = mode === 'screen' ? 'scr' : 'pt';
  const prefix = `bench-pipe-${runId}-${tag}.`;
  const topics = topicNames(prefix);
  const specs = contractTopicSpecs({ prefix });
  say(`\n[${mode}] creating topics ${prefix}* ...`);
  await provisionTopics(admin, specs);
  const deleteTopics = cleanup.add(`delete topics ${prefix}*`, () =>
    admin.deleteTopics({ topics: specs.map((spec) => spec.topic), timeout: 30_000 }),
  );
  const groupId = `bench-pipe-${runId}-${tag}`;
  const readerGroupId = `${groupId}-reader`;
  const deleteGroups = cleanup.add(`delete consumer groups ${groupId}*`, async () => {
    await admin.deleteGroups([groupId, readerGroupId]);
  });
  const reader = await ResultReader.start(kafka, {
    groupId: readerGroupId,
    resultsTopic: topics.screeningResults,
    dlqTopic: topics.declarationsDlq,
  });
  const stopReader = cleanup.add('stop the result reader', () => reader.stop());
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const stopProducer = cleanup.add('disconnect the producer', () => producer.disconnect());

  const saturationTracker = new PhaseTracker('saturation');
  for (const message of declarations.saturation) saturationTracker.expect(message.key, true);
  reader.track(saturationTracker);
  say(
    `[${mode}] preloading ${fmt(declarations.saturation.length)} declarations into ${topics.declarations} ...`,
  );
  const preloadStarted = Date.now();
  await sendAll(producer, topics.declarations, declarations.saturation, Date.now() + LIMITS.preloadMs);
  const preloadMs = Date.now() - preloadStarted;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KAFKA_BROKERS: BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    REDIS_URL,
    REDIS_KEY_PREFIX: context.redisKeyPrefix,
    SCREENER_GROUP_ID: groupId,
    SCREENER_TRANSACTIONAL_ID_PREFIX: groupId,
    SCREENER_MODE: mode,
    LOG_LEVEL: 'warn',
    ...(options.partitionsConcurrently
      ? { SCREENER_PARTITIONS_CONCURRENTLY: String(options.partitionsConcurrently) }
      : {}),
    ...(options.cpuProfile ? { BENCH_CPU_PROFILE_DIR: context.profileDir } : {}),
    ...options.screenerEnv,
  };
  const preloads = [
    ...(options.cpuProfile ? ['tests/bench/pipeline/cpu-profile.preload.ts'] : []),
    ...options.screenerImports,
  ];
  const spawnedAt = Date.now();
  const screener = ScreenerChild.spawn({
    repoRoot: REPO_ROOT,
    env,
    httpPort: await freePort(),
    logFile: join(context.logDir, `screener-${mode}.log`),
    preloads,
    metricsToken: randomUUID(),
  });
  const forgetKiller = cleanup.addKiller(() => screener.killNow());
  const stopScreener = cleanup.add(`stop the ${mode} screener`, () => screener.stop());
  say(`[${mode}] screener pid ${screener.pid} started; waiting until ready ...`);
  await screener.waitReady(LIMITS.screenerReadyMs);
  const screenerReadyMs = Date.now() - spawnedAt;

  const firstArrived = await pollUntil(
    () => saturationTracker.received + saturationTracker.deadLetters > 0,
    LIMITS.firstResultMs,
    5,
  );
  if (!firstArrived)
    throw new Error(
      `[${mode}] no result within ${LIMITS.firstResultMs / 1000} s of the screener being ready\n${screener.logTail(30)}`,
    );
  const profiling = options.cpuProfile;
  if (profiling) screener.signal('SIGUSR2');
  const saturationStart = await sample(context, screener);
  const complete = await pollUntil(
    () => saturationTracker.outstanding === 0 || !screener.running,
    LIMITS.saturationMs,
    20,
  );
  const saturationEnd = await sample(context, screener);
  const saturationProfile = profiling
    ? await collectProfile(context, screener, `${mode}-saturation`)
    : undefined;
  if (!screener.running)
    throw new Error(`[${mode}] the screener exited during the saturation run\n${screener.logTail(30)}`);
  const firstToLastMs =
    (saturationTracker.lastReceivedAtMs ?? 0) - (saturationTracker.firstReceivedAtMs ?? 0);
  const completed = saturationTracker.received + saturationTracker.deadLetters;
  const saturationCpu = cpuCores(saturationStart, saturationEnd);
  const perDeclaration = (coresUsed?: number) =>
    coresUsed === undefined || completed === 0
      ? undefined
      : Math.round(((coresUsed * (saturationEnd.atMs - saturationStart.atMs)) / completed) * 1000) / 1000;
  const saturation: SaturationFigures = {
    declarations: declarations.saturation.length,
    results: saturationTracker.received,
    deadLetters: saturationTracker.deadLetters,
    complete,
    preloadMs,
    screenerReadyMs,
    firstToLastMs: Math.round(firstToLastMs),
    declarationsPerSecond: firstToLastMs > 0 ? Math.round((completed - 1) / (firstToLastMs / 1000)) : 0,
    cpuCores: saturationCpu,
    screenerCpuMsPerDeclaration: perDeclaration(saturationCpu.screener),
    brokerCpuMsPerDeclaration: perDeclaration(saturationCpu.broker),
    screener: screenerPhaseFigures(
      saturationStart.metrics,
      saturationEnd.metrics,
      (saturationEnd.atMs - saturationStart.atMs) / 1000,
    ),
    profile: saturationProfile,
  };
  say(
    `[${mode}] saturation: ${fmt(completed)}/${fmt(saturation.declarations)} in ${fmt(saturation.firstToLastMs)} ms -> ${fmt(saturation.declarationsPerSecond)} declarations/s` +
      `${complete ? '' : ` (INCOMPLETE after ${LIMITS.saturationMs / 1000} s)`}; mean batch ${saturation.screener.meanBatchRecords}, screener CPU ${saturation.cpuCores.screener ?? '?'} cores = ${saturation.screenerCpuMsPerDeclaration ?? '?'} ms per declaration, others ${saturation.cpuCores.others} cores`,
  );

  const rates: RateFigures[] = [];
  for (const [index, rate] of options.rates.entries()) {
    rates.push(
      await runRate(
        context,
        mode,
        screener,
        reader,
        producer,
        topics.declarations,
        rate,
        declarations.perRate[index],
      ),
    );
  }

  await stopScreener();
  forgetKiller();
  await stopProducer();
  await stopReader();
  await deleteGroups();
  await deleteTopics();
  if (reader.strays > 0)
    say(
      `[${mode}] note: the reader saw ${reader.strays} records of no phase (a result twice would show here)`,
    );
  return { mode, saturation, rates };
}

async function runRate(
  context: RunContext,
  mode: ScreenerMode,
  screener: ScreenerChild,
  reader: ResultReader,
  producer: ReturnType<typeof createIdempotentProducer>,
  topic: string,
  rate: number,
  messages: readonly PreparedDeclaration[],
): Promise<RateFigures> {
  const { options } = context;
  const warmCount = rate * options.warmupSeconds;
  const tracker = new PhaseTracker(`${rate}/s`);
  messages.forEach((message, index) => tracker.expect(message.key, index >= warmCount));
  reader.track(tracker);
  const profiling = options.cpuProfile && rate === PROFILED_RATE;

  let measureStartedAtMs: number | undefined;
  let completedAtMeasureStart = 0;
  let startSample: Promise<ResourceSample> | undefined;
  say(
    `[${mode}] offering ${fmt(rate)}/s for ${options.warmupSeconds} s warm-up + ${options.measureSeconds} s measured ...`,
  );
  const sendDeadline = Date.now() + (options.warmupSeconds + options.measureSeconds) * 1000 + 15_000;
  const sending = await sendPaced(producer, topic, messages, rate, sendDeadline, (from, to, sentAtMs) => {
    for (let i = from; i < to; i++) tracker.markSent(messages[i].key, sentAtMs);
    if (measureStartedAtMs === undefined && to > warmCount) {
      measureStartedAtMs = sentAtMs;
      completedAtMeasureStart = tracker.received + tracker.deadLetters;
      if (profiling) screener.signal('SIGUSR2');
      startSample = sample(context, screener);
    }
  });
  const sendEndMs = wallClockMs();
  const completedAtSendEnd = tracker.received + tracker.deadLetters;
  const endSample = await sample(context, screener);
  const profile = profiling ? await collectProfile(context, screener, `${mode}-${rate}`) : undefined;
  const backlogAtSendEnd = sending.sent - completedAtSendEnd;
  const unsent = messages.length - sending.sent;
  const drained = await pollUntil(
    () => tracker.outstanding <= unsent || !screener.running,
    LIMITS.drainMs,
    5,
  );
  const drainedMs =
    drained && screener.running ? Math.max(0, Math.round(wallClockMs() - sendEndMs)) : undefined;
  const measuredMs = sendEndMs - (measureStartedAtMs ?? sendEndMs);
  const completedPerSecond =
    measuredMs > 0 ? Math.round((completedAtSendEnd - completedAtMeasureStart) / (measuredMs / 1000)) : 0;
  const started = await (startSample ?? sample(context, screener));
  const sustained =
    sending.achievedPerSecond >= rate * 0.95 &&
    backlogAtSendEnd <= Math.max(rate * 0.5, 100) &&
    drainedMs !== undefined &&
    drainedMs <= 2_000;
  const figures: RateFigures = {
    offeredPerSecond: rate,
    sent: sending.sent,
    achievedPerSecond: Math.round(sending.achievedPerSecond),
    producerMaxBehind: sending.maxBehind,
    completedPerSecond,
    backlogAtSendEnd,
    drainedMs,
    sustained,
    deadLetters: tracker.deadLetters,
    latency: summariseLatencies(tracker.receiveLatenciesMs),
    latencyToResultTimestamp: summariseLatencies(tracker.recordTimestampLatenciesMs),
    cpuCores: cpuCores(started, endSample),
    screener: screenerPhaseFigures(
      started.metrics,
      endSample.metrics,
      (endSample.atMs - started.atMs) / 1000,
    ),
    profile,
  };
  say(
    `[${mode}] ${fmt(rate)}/s: achieved ${fmt(figures.achievedPerSecond)}/s, completed ${fmt(completedPerSecond)}/s, p50 ${figures.latency?.p50Ms ?? '-'} ms, p99 ${figures.latency?.p99Ms ?? '-'} ms, ` +
      `backlog at end ${fmt(backlogAtSendEnd)}, ${drainedMs === undefined ? `NOT drained within ${LIMITS.drainMs / 1000} s` : `drained in ${fmt(drainedMs)} ms`}`,
  );
  return figures;
}

async function sample(context: RunContext, screener: ScreenerChild): Promise<ResourceSample> {
  const atMs = wallClockMs();
  const bench = process.cpuUsage();
  const figures = {
    atMs,
    screener: processCpuSeconds(screener.pid),
    broker: context.brokerPid ? processCpuSeconds(context.brokerPid) : undefined,
    redis: context.redisPid ? processCpuSeconds(context.redisPid) : undefined,
    bench: (bench.user + bench.system) / 1e6,
    machine: machineBusyCpuSeconds(),
  };
  const metrics = parseScreenerMetrics(
    await screener.metricsText().catch((error: unknown) => {
      say(`  (screener /metrics unreadable: ${error instanceof Error ? error.message : String(error)})`);
      return '';
    }),
  );
  return { ...figures, metrics };
}

function cpuCores(from: ResourceSample, to: ResourceSample): CpuCores {
  const seconds = (to.atMs - from.atMs) / 1000;
  const cores = (a?: number, b?: number) =>
    a === undefined || b === undefined || seconds <= 0
      ? undefined
      : Math.round(((b - a) / seconds) * 100) / 100;
  const ours = {
    screener: cores(from.screener, to.screener),
    broker: cores(from.broker, to.broker),
    redis: cores(from.redis, to.redis),
    bench: cores(from.bench, to.bench) ?? 0,
  };
  const machine = cores(from.machine, to.machine) ?? 0;
  const others = Math.max(
    0,
    Math.round((machine - (ours.screener ?? 0) - (ours.broker ?? 0) - (ours.redis ?? 0) - ours.bench) * 100) /
      100,
  );
  return { ...ours, others };
}

/** Stops the profiler in the screener and waits (bounded) for the file the preload writes. */
async function collectProfile(
  context: RunContext,
  screener: ScreenerChild,
  name: string,
): Promise<CpuProfileSummary | undefined> {
  const before = new Set(readdirSync(context.profileDir));
  screener.signal('SIGUSR2');
  let written: string | undefined;
  await pollUntil(
    () => {
      written = readdirSync(context.profileDir).find(
        (file) => file.endsWith('.cpuprofile') && !before.has(file),
      );
      return written !== undefined;
    },
    15_000,
    100,
  );
  if (!written) {
    say(`  (no CPU profile appeared for ${name} within 15 s)`);
    return undefined;
  }
  await sleep(200);
  const file = join(context.profileDir, `${name}.cpuprofile`);
  renameSync(join(context.profileDir, written), file);
  say(`  CPU profile: ${relative(REPO_ROOT, file)}`);
  return summariseCpuProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, 15);
}

function seedRedis(keyPrefix: string, unList: string): void {
  const outcome = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'apps/registry/src/cli/registry.cli.ts',
      'seed',
      '--watchlist',
      unList,
      '--watchlist',
      NATIONAL_LIST,
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, REDIS_URL, REDIS_KEY_PREFIX: keyPrefix },
      encoding: 'utf8',
      timeout: LIMITS.seedMs,
      killSignal: 'SIGKILL',
    },
  );
  const lines = `${outcome.stderr ?? ''}`
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('  warning'));
  for (const line of lines) say(`  seed: ${line}`);
  if (outcome.status !== 0)
    throw new Error(
      `seeding Redis failed (exit ${outcome.status ?? outcome.signal}): ${outcome.error?.message ?? lines.slice(-5).join(' | ')}`,
    );
}

async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  const deadline = Date.now() + 20_000;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0' && Date.now() < deadline);
}

interface Verdict {
  readonly screenDeclarationsPerSecond?: number;
  readonly passThroughDeclarationsPerSecond?: number;
  readonly screenToPassThrough?: number;
  readonly p99MsAt2000?: number;
  readonly sustainedAt2000?: boolean;
  readonly meetsThroughput?: boolean;
  readonly meetsLatency?: boolean;
  readonly meetsRatio?: boolean;
}

function judge(modes: readonly ModeFigures[]): Verdict {
  const screen = modes.find((m) => m.mode === 'screen');
  const passThrough = modes.find((m) => m.mode === 'pass-through');
  const at2000 = screen?.rates.find((r) => r.offeredPerSecond === 2_000);
  const ratio =
    screen && passThrough && passThrough.saturation.declarationsPerSecond > 0
      ? Math.round(
          (screen.saturation.declarationsPerSecond / passThrough.saturation.declarationsPerSecond) * 100,
        ) / 100
      : undefined;
  return {
    screenDeclarationsPerSecond: screen?.saturation.declarationsPerSecond,
    passThroughDeclarationsPerSecond: passThrough?.saturation.declarationsPerSecond,
    screenToPassThrough: ratio,
    p99MsAt2000: at2000?.latency?.p99Ms,
    sustainedAt2000: at2000?.sustained,
    meetsThroughput: screen
      ? screen.saturation.declarationsPerSecond >= TARGETS.declarationsPerSecond
      : undefined,
    meetsLatency: at2000?.latency
      ? at2000.sustained && at2000.latency.p99Ms <= TARGETS.p99MsAt2000
      : undefined,
    meetsRatio: ratio === undefined ? undefined : ratio >= TARGETS.screenToPassThrough,
  };
}

function printTables(options: PipelineBenchOptions, modes: readonly ModeFigures[], verdict: Verdict): void {
  say(
    '\nSaturation: declarations preloaded, then the screener started; first to last committed result (read_committed)',
  );
  say(
    '(broker, Redis, screener and load generator on the same 2-core machine; CPU in cores used during the window)',
  );
  say(
    row([
      'mode',
      'declarations/s',
      'window ms',
      'batches',
      'mean batch',
      'mean txn ms',
      'CPU screener',
      'broker',
      'redis',
      'bench',
      'others',
      'scr ms/decl',
    ]),
  );
  for (const { mode, saturation: s } of modes) {
    say(
      row([
        mode,
        fmt(s.declarationsPerSecond) + (s.complete ? '' : ' (incomplete)'),
        fmt(s.firstToLastMs),
        fmt(s.screener.batches),
        String(s.screener.meanBatchRecords),
        String(s.screener.meanTransactionMs),
        cores(s.cpuCores.screener),
        cores(s.cpuCores.broker),
        cores(s.cpuCores.redis),
        cores(s.cpuCores.bench),
        cores(s.cpuCores.others),
        String(s.screenerCpuMsPerDeclaration ?? '?'),
      ]),
    );
  }
  say(
    `\nFixed offered rates: ${options.warmupSeconds} s warm-up, ${options.measureSeconds} s measured; latency = receipt of the committed result by a read_committed reader - producer send`,
  );
  say(
    row([
      'mode',
      'offered/s',
      'achieved/s',
      'completed/s',
      'p50 ms',
      'p99 ms',
      'max ms',
      'backlog@end',
      'drained ms',
      'sustained',
      'mean batch',
      'CPU scr',
      'others',
    ]),
  );
  for (const { mode, rates } of modes) {
    for (const r of rates) {
      say(
        row([
          mode,
          fmt(r.offeredPerSecond),
          fmt(r.achievedPerSecond),
          fmt(r.completedPerSecond),
          String(r.latency?.p50Ms ?? '-'),
          String(r.latency?.p99Ms ?? '-'),
          String(r.latency?.maxMs ?? '-'),
          fmt(r.backlogAtSendEnd),
          r.drainedMs === undefined ? `>${LIMITS.drainMs}` : fmt(r.drainedMs),
          r.sustained ? 'yes' : 'NO',
          String(r.screener.meanBatchRecords),
          cores(r.cpuCores.screener),
          cores(r.cpuCores.others),
        ]),
      );
    }
  }
  const mark = (ok?: boolean) => (ok === undefined ? 'n/a' : ok ? 'MET' : 'MISSED');
  say('\nTargets');
  say(
    `  screening throughput >= ${fmt(TARGETS.declarationsPerSecond)}/s: ${verdict.screenDeclarationsPerSecond === undefined ? '-' : fmt(verdict.screenDeclarationsPerSecond)}/s  ${mark(verdict.meetsThroughput)}`,
  );
  say(
    `  p99 <= ${TARGETS.p99MsAt2000} ms at 2,000/s (sustained): ${verdict.p99MsAt2000 ?? '-'} ms, sustained ${verdict.sustainedAt2000 ?? '-'}  ${mark(verdict.meetsLatency)}`,
  );
  say(
    `  screening / pass-through >= ${TARGETS.screenToPassThrough}: ${verdict.screenToPassThrough ?? '-'}  ${mark(verdict.meetsRatio)}`,
  );
}

function row(cells: readonly string[]): string {
  const widths = [13, 15, 11, 12, 10, 11, 12, 12, 11, 10, 11, 11, 8];
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i] ?? 10)))
    .join(' ');
}

function cores(value?: number): string {
  return value === undefined ? '?' : value.toFixed(2);
}

function fmt(value: number): string {
  return Math.round(value).toLocaleString('en');
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() =>
        port > 0 ? resolvePort(port) : reject(new Error('the OS gave no free port on 127.0.0.1')),
      );
    });
  });
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`bench:pipeline: ${error.message}\n${USAGE}\n`);
    else
      process.stderr.write(
        `bench:pipeline failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    await cleanup.runAll();
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
