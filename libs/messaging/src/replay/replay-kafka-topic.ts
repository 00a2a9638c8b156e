import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import type { ReplayBatch, ReplayProgress, ReplayRecord } from './replay-batch.model';
import { planReplay, type PlanReplayOptions, type ReplayPlan } from './replay-plan';

export interface KafkaReplayOptions extends PlanReplayOptions {
  readonly topic: string;
  /**
   * Records read but not yet taken by the replay's consumer, at most (a bounded window): the reader
   * waits (heartbeating) while the consumer is behind, so a slow screening never buffers a topic.
   */
  readonly maxInFlightRecords?: number;
  /** Prefix of the throw-away consumer group the reader joins (deleted at the end). */
  readonly groupIdPrefix?: string;
  readonly onPlanned?: (plan: ReplayPlan) => void;
  readonly onProgress?: (progress: ReplayProgress) => void;
}

const DEFAULT_WINDOW = 20_000;

/**
 * Reads a topic's past records (read_committed) from a timestamp up to the end offsets captured when
 * it starts, in batches, then stops: records written meanwhile belong to the live consumers. Commits
 * nothing: the reader's group is its own, thrown away afterwards; a caller that needs to resume keeps
 * its own positions (`nextOffsets`) and passes them back as `floors`.
 */
export async function* replayKafkaTopic(
  kafka: Kafka,
  options: KafkaReplayOptions,
): AsyncGenerator<ReplayBatch> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${options.groupIdPrefix ?? 'salw-replay'}.${randomUUID()}`;
  let consumer: Consumer | undefined;
  try {
    const plan = await planReplay(admin, options.topic, options);
    options.onPlanned?.(plan);
    const window = new ReplayWindow(plan, options.maxInFlightRecords ?? DEFAULT_WINDOW, options.onProgress);
    if (window.finished) return;
    // A short fetch wait: a replay reads what is there; a broker holding a fetch open for new records
    // (the 5 s default) only delays seeing that the last partitions are read to their end.
    consumer = kafka.consumer({
      groupId,
      readUncommitted: false,
      sessionTimeout: 30_000,
      maxWaitTimeInMs: 100,
    });
    await startReading(consumer, plan, window);
    for (let batch = await window.take(); batch !== undefined; batch = await window.take()) yield batch;
  } finally {
    await consumer?.disconnect().catch(() => undefined);
    if (consumer) await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

async function startReading(consumer: Consumer, plan: ReplayPlan, window: ReplayWindow): Promise<void> {
  const topic = plan.topic;
  consumer.on(consumer.events.CRASH, ({ payload }) => window.fail(payload.error));
  // Emitted after every fetched batch, also one holding only transaction markers (which never reaches
  // eachBatch): how a partition whose last offsets are markers is seen to be read to its end.
  consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
    if (payload.topic !== topic) return;
    if (window.reached(payload.partition, payload.lastOffset))
      consumer.pause([{ topic, partitions: [payload.partition] }]);
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch, heartbeat }) => {
      const range = window.range(batch.partition);
      if (!range) return;
      const records: ReplayRecord[] = [];
      for (const m of batch.messages) {
        const offset = BigInt(m.offset);
        if (offset < range.start || offset >= range.end) continue;
        records.push({
          partition: batch.partition,
          offset: m.offset,
          key: m.key,
          value: m.value,
          timestamp: m.timestamp,
        });
      }
      while (!window.hasRoom()) {
        await window.waitForRoom(1_000);
        await heartbeat();
      }
      window.put(batch.partition, records, batch.lastOffset());
    },
  });
  for (const p of plan.partitions)
    if (BigInt(p.start) < BigInt(p.end)) consumer.seek({ topic, partition: p.partition, offset: p.start });
}

/** The bounded hand-over between the fetching consumer and the generator's reader. */
class ReplayWindow {
  private readonly queue: ReplayBatch[] = [];
  private queued = 0;
  private read = 0;
  private readonly ranges = new Map<number, { start: bigint; end: bigint }>();
  private readonly done = new Set<number>();
  private error?: unknown;
  private wakeReader?: () => void;
  private wakeWriter?: () => void;

  constructor(
    private readonly plan: ReplayPlan,
    private readonly limit: number,
    private readonly onProgress?: (progress: ReplayProgress) => void,
  ) {
    for (const p of plan.partitions) {
      const range = { start: BigInt(p.start), end: BigInt(p.end) };
      this.ranges.set(p.partition, range);
      if (range.start >= range.end) this.done.add(p.partition);
    }
  }

  get finished(): boolean {
    return this.done.size === this.plan.partitions.length;
  }

  range(partition: number) {
    return this.done.has(partition) ? undefined : this.ranges.get(partition);
  }

  hasRoom(): boolean {
    return this.queued < this.limit || this.error !== undefined;
  }

  waitForRoom(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeWriter = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  put(partition: number, records: ReplayRecord[], lastOffset: string): void {
    if (records.length > 0) {
      const next = BigInt(records[records.length - 1].offset) + 1n;
      this.queue.push({ records, nextOffsets: new Map([[partition, next.toString()]]) });
      this.queued += records.length;
    }
    this.reached(partition, lastOffset);
    this.wake();
  }

  /** Marks the partition done once `lastOffset` is its last planned one; true when it is done. */
  reached(partition: number, lastOffset: string): boolean {
    const range = this.ranges.get(partition);
    if (!range) return false;
    if (!this.done.has(partition) && BigInt(lastOffset) + 1n >= range.end) {
      this.done.add(partition);
      this.wake();
    }
    return this.done.has(partition);
  }

  fail(error: unknown): void {
    this.error = error ?? new Error('the replay consumer crashed');
    this.wake();
  }

  async take(): Promise<ReplayBatch | undefined> {
    for (;;) {
      if (this.error !== undefined) throw this.error;
      const batch = this.queue.shift();
      if (batch) {
        this.queued -= batch.records.length;
        this.read += batch.records.length;
        this.wakeWriter?.();
        this.onProgress?.({
          read: this.read,
          total: this.plan.total,
          done: this.done.size,
          of: this.plan.partitions.length,
        });
        return batch;
      }
      if (this.finished) return undefined;
      await new Promise<void>((resolve) => (this.wakeReader = resolve));
    }
  }

  private wake(): void {
    const wake = this.wakeReader;
    this.wakeReader = undefined;
    wake?.();
  }
}
