import {
  type Admin,
  type Consumer,
  type EachBatchPayload,
  type Kafka,
  type Producer,
  type TopicMessages,
} from 'kafkajs';
import type { Logger } from 'pino';
import type { CompressedBatchError } from '../compression/compressed-batch.error';
import { undecodableBatches } from '../compression/undecodable-batches';
import type {
  BatchProcessor,
  BatchReply,
  InboundBatch,
  InboundRecord,
  RecordOutcome,
} from './batch-processing.types';
import { OutcomeCountError } from './outcome-count.error';
import { chunkByBytes } from './chunk-by-bytes';
import { fitOutputs } from './fit-outputs';
import { recordBytes } from './record-bytes';
import { TopicSizeLimits } from './topic-size-limits';
import { transactionalProducerConfig } from './transactional-producer-config';

export interface TransactionalBatchConsumerOptions {
  readonly groupId: string;
  readonly inputTopic: string;
  readonly dlqTopic: string;
  /**
   * Prefix of the transactional ids. Each input partition gets its own producer with the id
   * `<prefix>.<topic>.<partition>`: when a partition moves to another replica, that replica's producer
   * takes over the same id and fences the old owner (Kafka's zombie fencing for clients that predate
   * KIP-447, as kafkajs does: its TxnOffsetCommit carries no group generation).
   */
  readonly transactionalIdPrefix: string;
  readonly partitionsConsumedConcurrently?: number;
  readonly sessionTimeoutMs?: number;
  /** Cap of the backoff between attempts of a failing batch. */
  readonly maxRetryDelayMs?: number;
}

export interface BatchConsumerEvents<Report = unknown> {
  onBatchCommitted?(info: {
    batch: InboundBatch;
    outcomes: readonly RecordOutcome[];
    /** The handler's own account of the batch, as it returned it. */
    report: Report | undefined;
    processingMs: number;
    transactionMs: number;
  }): void;
  onBatchFailed?(info: { batch: InboundBatch; error: unknown; attempt: number }): void;
  onHealthy?(healthy: boolean, reason?: string): void;
  onAborted?(): void;
  /**
   * The consumer stopped with an error kafkajs does not retry (a record batch it cannot decode): it is
   * restarted after a backoff and stays not ready until a batch commits again. `crashes` counts them.
   */
  onCrashed?(info: { error: unknown; restarting: boolean; crashes: number }): void;
  /**
   * A fetched record batch cannot be decoded (corrupt, or inflating past the codec's bound). kafkajs
   * retries that fetch for ever; the consumer is not ready until a batch commits and no such batch was
   * seen for a while. `count` counts them in this process.
   */
  onUndecodableBatch?(info: { error: CompressedBatchError; count: number }): void;
  /** The input partitions this consumer owns after a rebalance. */
  onAssigned?(partitions: readonly number[]): void;
}

const INITIAL_RETRY_DELAY_MS = 100;
/** kafkajs retries a failed fetch at least this often; a quieter period means the bad batch is gone. */
const UNDECODABLE_QUIET_MS = 30_000;
/**
 * Records per produce request at most (a larger single record goes alone): a batch's outputs are
 * split into requests of this size within one transaction, so 10,000 dead letters of one batch never
 * make one record batch larger than the DLQ takes.
 */
const SEND_REQUEST_BYTES = 512 * 1024;

/**
 * Consume-transform-produce with exactly-once results: for each batch (one partition), the outputs,
 * the dead letters and the consumed offsets are written in ONE Kafka transaction. Readers using
 * `read_committed` see every input's outputs exactly once, across crashes, rebalances and broker
 * restarts. A failing batch is retried with backoff, never skipped; while it fails, its partition
 * makes no progress (consumption pauses) and the consumer reports itself unhealthy.
 */
export class TransactionalBatchConsumer<Report = unknown> {
  private consumer?: Consumer;
  private admin?: Promise<Admin>;
  private readonly producers = new Map<number, Promise<Producer>>();
  /**
   * Partitions whose committed offset must be re-read before their next batch is processed: every
   * partition of a new assignment, and a partition whose commit failed with an unknown outcome.
   * See `fenceAndReadCommitted`.
   */
  private readonly unverified = new Set<number>();
  /** Per partition, the committed offset read after fencing: records below it were committed already. */
  private readonly committedFloors = new Map<number, bigint>();
  private stopping = false;
  /** Partitions whose current batch is failing, with the last error; healthy when empty and not crashed. */
  private readonly failing = new Map<number, string>();
  private crashed?: string;
  /** The last crash was one kafkajs does not recover from: only a committed batch proves the consumer works again. */
  private crashSticky = false;
  private crashes = 0;
  private undecodable = 0;
  private lastUndecodableAt = Number.NEGATIVE_INFINITY;
  private unsubscribeUndecodable?: () => void;
  private restartTimer?: NodeJS.Timeout;
  private reportedHealthy = true;
  private readonly sizeLimits = new TopicSizeLimits(() => this.adminClient());

  constructor(
    private readonly kafka: Kafka,
    private readonly options: TransactionalBatchConsumerOptions,
    private readonly process: BatchProcessor<Report>,
    private readonly logger: Logger,
    private readonly events: BatchConsumerEvents<Report> = {},
  ) {}

  async start(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      readUncommitted: false,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      allowAutoTopicCreation: false,
      retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5_000 },
    });
    this.consumer = consumer;
    this.unsubscribeUndecodable ??= undecodableBatches.subscribe((error) => this.onUndecodable(error));
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      const assigned = new Set<number>(event.payload.memberAssignment[this.options.inputTopic] ?? []);
      this.logger.info({ partitions: [...assigned] }, 'partitions assigned');
      this.events.onAssigned?.([...assigned]);
      void this.releaseProducersExcept(assigned);
      this.unverified.clear();
      this.committedFloors.clear();
      for (const partition of assigned) this.unverified.add(partition);
      // A new assignment is a fresh start: failures of partitions now owned elsewhere, or of a crashed run, are history.
      for (const partition of [...this.failing.keys()])
        if (!assigned.has(partition)) this.failing.delete(partition);
      if (!this.crashSticky) this.crashed = undefined;
      this.updateHealth();
    });
    consumer.on(consumer.events.CRASH, (event) => {
      const { error, restart } = event.payload;
      this.crashes += 1;
      this.logger.error({ err: error, restart, crashes: this.crashes }, 'consumer crashed');
      this.crashed = `consumer crashed: ${describe(error)}`;
      // kafkajs gives up for good on an error it does not retry (an undecodable batch): without a
      // restart here the process would idle with a dead consumer. Not ready until a batch commits.
      if (!restart) this.crashSticky = true;
      this.events.onCrashed?.({ error, restarting: !this.stopping, crashes: this.crashes });
      this.updateHealth();
      if (!restart && !this.stopping) this.restartAfterCrash(consumer);
    });
    await consumer.connect();
    await consumer.subscribe({ topic: this.options.inputTopic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /** Finishes the batches in flight, commits them, leaves the group, closes the producers. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    this.unsubscribeUndecodable?.();
    this.unsubscribeUndecodable = undefined;
    await this.consumer?.disconnect();
    await this.releaseProducersExcept(new Set());
    const admin = this.admin;
    this.admin = undefined;
    if (admin) await admin.then((a) => a.disconnect()).catch(() => undefined);
  }

  private onUndecodable(error: CompressedBatchError): void {
    this.undecodable += 1;
    this.lastUndecodableAt = performance.now();
    this.logger.error(
      { err: error, undecodableBatches: this.undecodable },
      'a fetched record batch cannot be decoded; its partition stands still until it is dealt with',
    );
    this.crashed = `a record batch cannot be decoded: ${error.message}`;
    this.crashSticky = true;
    this.events.onUndecodableBatch?.({ error, count: this.undecodable });
    this.updateHealth();
  }

  /** A new kafkajs consumer in the same group, after a backoff that grows with consecutive crashes. */
  private restartAfterCrash(crashed: Consumer): void {
    const delay = Math.min(1_000 * 2 ** Math.min(this.crashes - 1, 5), 30_000);
    this.logger.warn({ delayMs: delay, crashes: this.crashes }, 'restarting the consumer after a crash');
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      if (this.stopping || this.consumer !== crashed) return;
      void crashed
        .disconnect()
        .catch(() => undefined)
        .then(() => (this.stopping ? undefined : this.start()))
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'consumer restart failed; trying again');
          this.crashes += 1;
          this.restartAfterCrash(this.consumer ?? crashed);
        });
    }, delay);
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (batch.messages.length === 0) return;
    let inbound: InboundBatch = {
      topic: batch.topic,
      partition: batch.partition,
      highWatermark: batch.highWatermark,
      records: batch.messages.map((m): InboundRecord => ({
        topic: batch.topic,
        partition: batch.partition,
        offset: m.offset,
        key: m.key,
        value: m.value,
        headers: m.headers ?? {},
        timestamp: m.timestamp,
      })),
    };
    const lastOffset = batch.messages[batch.messages.length - 1].offset;

    for (let attempt = 1; ; attempt++) {
      // Another owner, or a shutdown before this attempt began: leave the batch uncommitted for whoever comes next.
      if (!payload.isRunning() || payload.isStale() || this.stopping) return;
      try {
        if (this.unverified.has(batch.partition))
          await this.fenceAndReadCommitted(batch.topic, batch.partition);
        const floor = this.committedFloors.get(batch.partition);
        if (floor !== undefined) {
          const keep = inbound.records.findIndex((r) => BigInt(r.offset) >= floor);
          if (keep !== 0) {
            this.logger.warn(
              {
                topic: batch.topic,
                partition: batch.partition,
                firstOffset: inbound.records[0].offset,
                committedOffset: String(floor),
              },
              'records already committed by an earlier transaction were handed out again; skipping them',
            );
          }
          if (keep === -1) {
            payload.resolveOffset(lastOffset);
            await payload.heartbeat();
            return;
          }
          this.committedFloors.delete(batch.partition);
          if (keep > 0) {
            payload.resolveOffset(inbound.records[keep - 1].offset);
            inbound = { ...inbound, records: inbound.records.slice(keep) };
          }
        }
        const processingStarted = performance.now();
        const reply: unknown = await this.process(inbound);
        const processingMs = performance.now() - processingStarted;
        // Nest handlers are untyped at the transport: a handler that returns anything but a BatchReply
        // is a defect named here, not a TypeError further down.
        const outcomes = (reply as { outcomes?: unknown } | undefined)?.outcomes;
        if (!Array.isArray(outcomes)) throw new OutcomeCountError(undefined, inbound.records.length);
        if (outcomes.length !== inbound.records.length)
          throw new OutcomeCountError(outcomes.length, inbound.records.length);
        const { report } = reply as BatchReply<Report>;
        const started = performance.now();
        const committed = await this.commitInTransaction(inbound, outcomes, lastOffset);
        payload.resolveOffset(lastOffset);
        this.events.onBatchCommitted?.({
          batch: inbound,
          outcomes: committed,
          report,
          processingMs,
          transactionMs: performance.now() - started,
        });
        this.failing.delete(batch.partition);
        if (this.crashSticky && performance.now() - this.lastUndecodableAt > UNDECODABLE_QUIET_MS) {
          this.crashSticky = false;
          this.crashed = undefined;
        }
        this.updateHealth();
        await payload.heartbeat();
        return;
      } catch (error) {
        this.events.onBatchFailed?.({ batch: inbound, error, attempt });
        this.failing.set(batch.partition, describe(error));
        this.updateHealth();
        this.logger.warn(
          {
            err: error,
            topic: batch.topic,
            partition: batch.partition,
            firstOffset: batch.firstOffset(),
            attempt,
          },
          'batch failed; retrying the same batch (nothing committed, nothing skipped)',
        );
        if (isFencedOrStale(error)) await this.dropProducer(batch.partition);
        // Whether a failed attempt's transaction committed is not known here (a commit may succeed on
        // the broker and still fail on the way back): the next attempt reads the committed offset first.
        this.unverified.add(batch.partition);
        await sleep(
          Math.min(
            INITIAL_RETRY_DELAY_MS * 2 ** Math.min(attempt - 1, 8),
            this.options.maxRetryDelayMs ?? 5_000,
          ),
        );
        try {
          await payload.heartbeat();
        } catch (heartbeatError) {
          // A rebalance is under way: kafkajs rejoins; the batch is re-fetched by whoever owns it next.
          this.logger.info(
            { err: heartbeatError },
            'heartbeat failed during retry; leaving the batch to the next owner',
          );
          return;
        }
      }
    }
  }

  /**
   * Fences every earlier owner of a partition, then re-reads its committed offset; records below it
   * are skipped (`committedFloors`).
   *
   * kafkajs fetched the committed offset when the partition was assigned, before this member's
   * producer for it existed. An earlier owner (a replica that lost the partition while committing, a
   * process killed right after asking for a commit) may have committed after that read: its
   * transaction was still being completed. Initialising this member's producer with the partition's
   * transactional id makes the broker finish that transaction first (commit or abort) and fences the
   * old producer; only the offset read after that is final. The same holds after a commit of our own
   * that failed with an unknown outcome. Without this, such records would be processed twice.
   */
  private async fenceAndReadCommitted(topic: string, partition: number): Promise<void> {
    await this.producerFor(partition);
    const committed = await this.committedOffset(topic, partition);
    if (committed !== undefined) this.committedFloors.set(partition, committed);
    this.unverified.delete(partition);
  }

  /** The group's committed offset of one partition (the next record to consume), or undefined when none. */
  private async committedOffset(topic: string, partition: number): Promise<bigint | undefined> {
    const [offsets] = await (
      await this.adminClient()
    ).fetchOffsets({ groupId: this.options.groupId, topics: [topic] });
    const offset = offsets?.partitions.find((p) => p.partition === partition)?.offset;
    return offset === undefined || offset === '-1' ? undefined : BigInt(offset);
  }

  private adminClient(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      this.admin = admin.connect().then(() => admin);
      this.admin.catch(() => (this.admin = undefined));
    }
    return this.admin;
  }

  /** Reports a change of health: unhealthy while any partition's batch fails or after a crash until the next assignment. */
  private updateHealth(): void {
    const reason = this.crashed ?? this.failing.values().next().value;
    const healthy = reason === undefined;
    if (healthy === this.reportedHealthy && healthy) return;
    this.reportedHealthy = healthy;
    this.events.onHealthy?.(healthy, reason);
  }

  /**
   * Writes the batch's outputs and its offsets in one transaction, and returns the outcomes as
   * committed: an output that would exceed its topic's max.message.bytes is replaced by a dead letter
   * of its input (OUTPUT_TOO_LARGE). The outputs go in produce requests split by bytes.
   */
  private async commitInTransaction(
    batch: InboundBatch,
    outcomes: readonly RecordOutcome[],
    lastOffset: string,
  ): Promise<readonly RecordOutcome[]> {
    const topics = new Set<string>([this.options.dlqTopic]);
    for (const outcome of outcomes)
      if (outcome.kind === 'publish') for (const out of outcome.messages) topics.add(out.topic);
    const limits = await this.sizeLimits.of(topics);
    const fitted = fitOutputs(batch, outcomes, this.options.dlqTopic, limits);
    for (const refused of fitted.refused) {
      this.logger.warn(
        { topic: batch.topic, partition: batch.partition, offset: refused.offset, detail: refused.detail },
        'output too large for its topic; the input is dead-lettered as OUTPUT_TOO_LARGE',
      );
    }
    const requests = chunkByBytes(fitted.byTopic, { requestBytes: SEND_REQUEST_BYTES, topicBytes: limits });
    const producer = await this.producerFor(batch.partition);
    const transaction = await producer.transaction();
    let sending: TopicMessages[] | undefined;
    try {
      for (const topicMessages of requests) {
        sending = topicMessages;
        await transaction.sendBatch({ topicMessages });
      }
      sending = undefined;
      await transaction.sendOffsets({
        consumerGroupId: this.options.groupId,
        topics: [
          {
            topic: batch.topic,
            partitions: [{ partition: batch.partition, offset: (BigInt(lastOffset) + 1n).toString() }],
          },
        ],
      });
      await transaction.commit();
      return fitted.outcomes;
    } catch (error) {
      if (sending && isTooLarge(error)) {
        // The broker refused what the check let through: the next attempt parks the largest record of each topic in that request.
        for (const { topic, messages } of sending)
          this.sizeLimits.refused(topic, Math.max(...messages.map((m) => recordBytes(m))));
      }
      this.events.onAborted?.();
      await transaction.abort().catch((abortError: unknown) => {
        this.logger.warn(
          { err: abortError },
          'abort after a failed transaction also failed; the producer will be replaced',
        );
      });
      await this.dropProducer(batch.partition);
      throw error;
    }
  }

  private producerFor(partition: number): Promise<Producer> {
    let producer = this.producers.get(partition);
    if (!producer) {
      const created = this.kafka.producer(
        transactionalProducerConfig(
          `${this.options.transactionalIdPrefix}.${this.options.inputTopic}.${partition}`,
        ),
      );
      producer = created.connect().then(() => created);
      producer.catch(() => this.producers.delete(partition));
      this.producers.set(partition, producer);
    }
    return producer;
  }

  private async dropProducer(partition: number): Promise<void> {
    const producer = this.producers.get(partition);
    this.producers.delete(partition);
    if (producer) await producer.then((p) => p.disconnect()).catch(() => undefined);
  }

  private async releaseProducersExcept(keep: ReadonlySet<number>): Promise<void> {
    const release = [...this.producers.keys()].filter((partition) => !keep.has(partition));
    await Promise.all(release.map((partition) => this.dropProducer(partition)));
  }
}

function isFencedOrStale(error: unknown): boolean {
  const type = (error as { type?: string })?.type ?? '';
  return [
    'PRODUCER_FENCED',
    'INVALID_PRODUCER_EPOCH',
    'INVALID_PRODUCER_ID_MAPPING',
    'INVALID_TXN_STATE',
    'TRANSACTIONAL_ID_AUTHORIZATION_FAILED',
  ].includes(type);
}

/** MESSAGE_TOO_LARGE or RECORD_LIST_TOO_LARGE, also when kafkajs wraps it in a retry or aggregate error. */
function isTooLarge(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { type, cause, originalError, errors } = error as {
    type?: unknown;
    cause?: unknown;
    originalError?: unknown;
    errors?: unknown;
  };
  if (type === 'MESSAGE_TOO_LARGE' || type === 'RECORD_LIST_TOO_LARGE') return true;
  if (isTooLarge(cause, depth + 1) || isTooLarge(originalError, depth + 1)) return true;
  return Array.isArray(errors) && errors.some((e) => isTooLarge(e, depth + 1));
}

/** Handlers and kafkajs throw Errors; anything else is shown as it is. */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
