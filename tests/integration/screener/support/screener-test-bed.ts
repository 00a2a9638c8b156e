import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Redis from 'ioredis';
import { Kafka, logLevel, type Admin, type KafkaConfig, type Producer, type RecordMetadata } from 'kafkajs';
import { topicNames, type Declaration, type TopicNames } from '@salw/contracts';
import { contractTopicSpecs, provisionTopics } from '@salw/messaging';
import { brokers as defaultBrokers, redisUrl as defaultRedisUrl, runId } from '../../support/kafka-kit';
import { freePort } from './free-port';
import { OutputCollector } from './output-collector';
import { ScreenerProcess } from './screener-process';
import { sleep, waitUntil } from './wait-until';

export const REPO_ROOT = resolve(__dirname, '../../../..');
export const SAMPLE_WATCHLISTS = ['deploy/samples/un-sample.xml', 'deploy/samples/national-watchlist.jsonl'];

export interface TestBedOptions {
  /** Redis for this bed (default: the machine's, REDIS_URL). */
  readonly redisUrl?: string;
  /** Kafka for this bed (default: the local stack's, KAFKA_BROKERS). */
  readonly brokers?: readonly string[];
  /** TLS and SASL of the bed's own clients (default: none, like the local stack). */
  readonly clientSecurity?: Pick<KafkaConfig, 'ssl' | 'sasl'>;
  /** Added to every child's environment, e.g. the KAFKA_SSL / KAFKA_SASL_* settings of a secured broker. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface DeclarationStream {
  readonly done: Promise<void>;
  readonly total: number;
  sent(): number;
}

export interface OutgoingMessage {
  readonly key: string | null;
  readonly value: Buffer | string | null;
}

/**
 * Everything one screener test needs, isolated from every other run: its own prefixed contract
 * topics, its own Redis key prefix, consumer group and transactional ids, a temp folder for child
 * logs, screener children started with that environment, a producer and a read_committed collector.
 * `close()` ends every child and removes the topics and keys, whatever state the test left.
 */
export class ScreenerTestBed {
  readonly id = runId();
  readonly topicPrefix: string;
  readonly redisKeyPrefix: string;
  readonly topics: TopicNames;
  readonly groupId: string;
  readonly transactionalIdPrefix: string;
  readonly dir: string;
  readonly kafka: Kafka;
  readonly redisUrl: string;
  readonly brokers: readonly string[];
  private readonly screeners: ScreenerProcess[] = [];
  private readonly extraLogs: Array<() => string> = [];
  private admin?: Admin;
  private producerClient?: Producer;
  private collector?: OutputCollector;
  private redisClient?: Redis;
  private failed = false;
  private readonly extraEnv: NodeJS.ProcessEnv;

  private constructor(
    readonly name: string,
    options: TestBedOptions,
  ) {
    this.topicPrefix = `it-scr-${name}-${this.id}.`;
    this.redisKeyPrefix = `it-scr-${name}-${this.id}:`;
    this.topics = topicNames(this.topicPrefix);
    this.groupId = `it-scr-${name}-${this.id}`;
    this.transactionalIdPrefix = `it-scr-${name}-${this.id}`;
    this.dir = mkdtempSync(join(tmpdir(), `it-scr-${name}-`));
    this.brokers = options.brokers ?? defaultBrokers;
    this.kafka = new Kafka({
      clientId: `it-scr-${name}-${this.id}`,
      brokers: [...this.brokers],
      logLevel: logLevel.NOTHING,
      ...options.clientSecurity,
    });
    this.extraEnv = options.env ?? {};
    this.redisUrl = options.redisUrl ?? defaultRedisUrl;
  }

  /** Creates the bed's contract topics (the declarations topic takes 2 MiB messages, like production). */
  static async create(name: string, options: TestBedOptions = {}): Promise<ScreenerTestBed> {
    const bed = new ScreenerTestBed(name, options);
    bed.admin = bed.kafka.admin();
    await bed.admin.connect();
    await provisionTopics(bed.admin, contractTopicSpecs({ prefix: bed.topicPrefix }));
    return bed;
  }

  /** The environment a screener or the seed command of this bed runs with. */
  env(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return {
      ...process.env,
      KAFKA_BROKERS: this.brokers.join(','),
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      REDIS_URL: this.redisUrl,
      REDIS_KEY_PREFIX: this.redisKeyPrefix,
      SCREENER_GROUP_ID: this.groupId,
      SCREENER_TRANSACTIONAL_ID_PREFIX: this.transactionalIdPrefix,
      LOG_LEVEL: 'info',
      ...this.extraEnv,
      ...overrides,
    };
  }

  /** Runs the seed command (profile + watchlists, then activation); resolves with what it printed. */
  async seed(watchlists: readonly string[] = SAMPLE_WATCHLISTS): Promise<string> {
    const args = [
      'apps/registry/src/cli/registry.cli.ts',
      'seed',
      ...watchlists.flatMap((file) => ['--watchlist', file]),
    ];
    const child = spawn(join(REPO_ROOT, 'node_modules/.bin/tsx'), args, {
      cwd: REPO_ROOT,
      env: this.env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const code = await new Promise<number | null>((done) => child.once('close', done));
    if (code !== 0) throw new Error(`seed ${watchlists.join(' ')} exited with ${code}:\n${output}`);
    return output;
  }

  /** Starts a screener child with this bed's environment and waits until /health/ready is 200. */
  async startScreener(
    overrides: NodeJS.ProcessEnv = {},
    options: { waitReady?: boolean } = {},
  ): Promise<ScreenerProcess> {
    const name = `screener-${this.screeners.length + 1}`;
    const screener = ScreenerProcess.spawn({
      name,
      repoRoot: REPO_ROOT,
      env: this.env(overrides),
      httpPort: await freePort(),
      logFile: join(this.dir, `${name}.log`),
    });
    this.screeners.push(screener);
    if (options.waitReady ?? true) await screener.waitReady();
    return screener;
  }

  /** Adds a log source (e.g. a Redis child) to what a failing test prints. */
  addLogSource(describe: () => string): void {
    this.extraLogs.push(describe);
  }

  async producer(): Promise<Producer> {
    if (!this.producerClient) {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        retry: { retries: 10, maxRetryTime: 5_000 },
      });
      await producer.connect();
      this.producerClient = producer;
    }
    return this.producerClient;
  }

  /** Sends messages to the declarations topic in order, `chunkSize` per request; resolves with each message's position. */
  async produce(messages: readonly OutgoingMessage[], chunkSize = 250): Promise<RecordMetadata[]> {
    const producer = await this.producer();
    const positions: RecordMetadata[] = [];
    for (let start = 0; start < messages.length; start += chunkSize) {
      const chunk = messages.slice(start, start + chunkSize);
      positions.push(
        ...(await producer.send({
          topic: this.topics.declarations,
          messages: chunk.map((m) => ({ key: m.key, value: m.value })),
        })),
      );
    }
    return positions;
  }

  async produceDeclarations(declarations: readonly Declaration[], chunkSize = 250): Promise<void> {
    await this.produce(
      declarations.map((d) => ({ key: d.declarationId, value: JSON.stringify(d) })),
      chunkSize,
    );
  }

  /**
   * Streams declarations in the background, `chunkSize` every `pauseMs`, so a test can break
   * something while they are still flowing. `sent()` counts what the broker acknowledged.
   */
  streamDeclarations(
    declarations: readonly Declaration[],
    options: { chunkSize: number; pauseMs: number },
  ): DeclarationStream {
    let sent = 0;
    const done = (async () => {
      for (let start = 0; start < declarations.length; start += options.chunkSize) {
        await this.produceDeclarations(
          declarations.slice(start, start + options.chunkSize),
          options.chunkSize,
        );
        sent = Math.min(declarations.length, start + options.chunkSize);
        if (sent < declarations.length) await sleep(options.pauseMs);
      }
    })();
    done.catch(() => undefined); // observed through `done` by the test; never an unhandled rejection
    return { done, sent: () => sent, total: declarations.length };
  }

  /** How many declarations-topic records the screener group has not committed yet, per partition and in total. */
  async backlog(): Promise<{ total: number; byPartition: Record<number, number> }> {
    const admin = this.admin!;
    const [ends, committed] = await Promise.all([
      admin.fetchTopicOffsets(this.topics.declarations),
      admin.fetchOffsets({ groupId: this.groupId, topics: [this.topics.declarations] }),
    ]);
    const done = new Map<number, bigint>();
    for (const p of committed[0]?.partitions ?? [])
      done.set(p.partition, BigInt(p.offset === '-1' ? '0' : p.offset));
    const byPartition: Record<number, number> = {};
    let total = 0;
    for (const end of ends) {
      const left = Number(BigInt(end.high) - (done.get(end.partition) ?? 0n));
      byPartition[end.partition] = left;
      total += left;
    }
    return { total, byPartition };
  }

  /** Waits until the screener group has committed every record of the declarations topic. */
  async waitAllConsumed(timeoutMs: number): Promise<number> {
    let last = { total: -1, byPartition: {} as Record<number, number> };
    return waitUntil(
      'the screener group to commit every declaration',
      async () => {
        last = await this.backlog();
        return last.total === 0;
      },
      {
        timeoutMs,
        intervalMs: 250,
        progress: () => `uncommitted per partition: ${JSON.stringify(last.byPartition)}`,
      },
    );
  }

  /** The read_committed collector of results, alerts and dead letters (started on first use). */
  async outputs(): Promise<OutputCollector> {
    this.collector ??= await OutputCollector.start(this.kafka, [
      this.topics.screeningResults,
      this.topics.alerts,
      this.topics.declarationsDlq,
    ]);
    return this.collector;
  }

  /**
   * Replaces the collector by a new reader (new group, from the beginning). After a broker restart an
   * old reader may see records again (its own offsets are committed at least once); a fresh reader
   * shows exactly what the topics hold.
   */
  async freshOutputs(): Promise<OutputCollector> {
    const previous = this.collector;
    this.collector = undefined;
    if (previous) {
      await previous.stop();
      await this.admin?.deleteGroups([previous.groupId]).catch(() => undefined);
    }
    return this.outputs();
  }

  redis(): Redis {
    this.redisClient ??= new Redis(this.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false });
    return this.redisClient;
  }

  /** Wraps a test body: when it fails, the error carries the log tails of every child of this bed. */
  explained(body: () => Promise<void>): () => Promise<void> {
    return async () => {
      try {
        await body();
      } catch (error) {
        this.failed = true;
        const logs = [
          ...this.screeners.map((s) => s.tail(40)),
          ...this.extraLogs.map((describe) => describe()),
        ].join('\n');
        const note = `\n\nchild logs (kept in ${this.dir}):\n${logs}`;
        if (error instanceof Error) {
          error.message += note;
          if (error.stack) error.stack = `${error.stack}${note}`;
          throw error;
        }
        throw new Error(`${String(error)}${note}`);
      }
    };
  }

  async close(): Promise<void> {
    // SIGTERM first so live members leave the group (which can then be deleted); SIGKILL whatever lingers.
    await Promise.all(
      this.screeners.filter((s) => s.running).map((s) => s.terminate(15_000).catch(() => undefined)),
    );
    await Promise.all(this.screeners.map((s) => s.ensureStopped()));
    await this.collector?.stop();
    await this.producerClient?.disconnect().catch(() => undefined);
    if (this.admin) {
      const groups = [this.groupId, ...(this.collector ? [this.collector.groupId] : [])];
      await this.admin.deleteGroups(groups).catch(() => undefined);
      await this.admin.deleteTopics({ topics: Object.values(this.topics) }).catch(() => undefined);
      await this.admin.disconnect().catch(() => undefined);
    }
    if (this.redisClient) {
      await deleteKeysWithPrefix(this.redisClient, this.redisKeyPrefix).catch(() => undefined);
      await this.redisClient.quit().catch(() => this.redisClient?.disconnect());
    } else {
      const redis = new Redis(this.redisUrl, {
        maxRetriesPerRequest: 1,
        connectTimeout: 2_000,
        retryStrategy: () => null,
      });
      await deleteKeysWithPrefix(redis, this.redisKeyPrefix).catch(() => undefined);
      await redis.quit().catch(() => redis.disconnect());
    }
    // SALW_IT_KEEP_LOGS=1 keeps the child logs of passing tests too (timings, rebalances).
    if (!this.failed && process.env.SALW_IT_KEEP_LOGS !== '1')
      rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function deleteKeysWithPrefix(redis: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) deleted += await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  return deleted;
}
