import { Partitioners, type Admin, type Kafka, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { WorklistRepository } from '../worklist/worklist.repository';

export interface OutboxRelayOptions {
  readonly outcomesTopic: string;
  /** One id per deployment: a second relay (another replica) fences the first instead of publishing twice. */
  readonly transactionalId: string;
  /** The group whose committed offset on the outcomes topic records the last outbox entry published. */
  readonly progressGroupId: string;
  readonly pollMs?: number;
  readonly batchSize?: number;
}

/**
 * Publishes closed alerts' AlertOutcomes from the Redis outbox to the outcomes topic, each exactly once.
 *
 * The close writes its outcome into the outbox in the same atomic (and, with `appendfsync always`,
 * fsynced) Redis script as the state change, numbered by a counter. The relay sends a run of entries
 * in one Kafka transaction together with a committed offset for a dedicated group on the outcomes
 * topic whose value is the last entry's number (`sendOffsets`, as consume-transform-produce does).
 * The messages and the progress marker therefore commit or abort together. After any restart or
 * error the relay first initialises its transactional producer, which fences an older relay with the
 * same id and completes or aborts its open transaction, then reads the marker: entries up to it
 * were published, the rest were not. Outbox entries are trimmed only after the marker passed them,
 * and a trimmed entry is never needed again. So no outcome is lost (the outbox is durable until
 * published) and none is published twice (the marker and the messages are one transaction) for
 * readers using read_committed.
 */
export class OutcomeOutboxRelay {
  private producer?: Producer;
  private admin?: Admin;
  private published?: number;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly worklist: WorklistRepository,
    private readonly options: OutboxRelayOptions,
    private readonly logger: Logger,
    private readonly onPublished: (count: number) => void = () => undefined,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Runs a relay pass soon (after a close), instead of waiting for the next poll. */
  nudge(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.reset();
  }

  /** One pass: everything pending is published before it returns (tests and shutdown use it). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
    this.running = this.publishPending();
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.running) return this.schedule(this.options.pollMs ?? 250);
      this.running = this.publishPending()
        .catch(async (error: unknown) => {
          this.logger.warn({ err: error }, 'outcome relay failed; it re-reads its progress and retries');
          await this.reset();
        })
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.schedule(this.options.pollMs ?? 250);
        });
    }, delayMs);
  }

  private async publishPending(): Promise<void> {
    const producer = await this.connect();
    for (;;) {
      const entries = await this.worklist.outboxAfter(this.published!, this.options.batchSize ?? 200);
      if (entries.length === 0) return;
      const last = entries[entries.length - 1].seq;
      const transaction = await producer.transaction();
      try {
        await transaction.send({
          topic: this.options.outcomesTopic,
          messages: entries.map((entry) => ({
            key: (JSON.parse(entry.payload) as { alertId: string }).alertId,
            value: entry.payload,
            headers: { 'x-outbox-seq': String(entry.seq) },
          })),
        });
        await transaction.sendOffsets({
          consumerGroupId: this.options.progressGroupId,
          topics: [
            { topic: this.options.outcomesTopic, partitions: [{ partition: 0, offset: String(last) }] },
          ],
        });
        await transaction.commit();
      } catch (error) {
        await transaction.abort().catch(() => undefined);
        throw error;
      }
      this.published = last;
      this.onPublished(entries.length);
      await this.worklist.trimOutbox(last);
    }
  }

  /** Fences any older relay, then learns from Kafka how far the outbox was published. */
  private async connect(): Promise<Producer> {
    if (this.producer && this.published !== undefined) return this.producer;
    const producer = this.kafka.producer({
      transactionalId: this.options.transactionalId,
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    this.producer = producer;
    this.admin ??= this.kafka.admin();
    await this.admin.connect();
    const [offsets] = await this.admin.fetchOffsets({
      groupId: this.options.progressGroupId,
      topics: [this.options.outcomesTopic],
    });
    const marker = offsets?.partitions.find((p) => p.partition === 0)?.offset;
    this.published = marker === undefined || marker === '-1' ? 0 : Number(marker);
    await this.worklist.trimOutbox(this.published);
    this.logger.info(
      { published: this.published },
      'outcome relay resumed after the last published outbox entry',
    );
    return producer;
  }

  private async reset(): Promise<void> {
    const producer = this.producer;
    const admin = this.admin;
    this.producer = undefined;
    this.admin = undefined;
    this.published = undefined;
    await producer?.disconnect().catch(() => undefined);
    await admin?.disconnect().catch(() => undefined);
  }
}
