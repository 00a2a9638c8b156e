import type { Admin, Kafka, Producer } from 'kafkajs';
import type { OutboundMessage } from '../transactional/batch-processing.types';
import { chunkByBytes } from '../transactional/chunk-by-bytes';
import { TopicSizeLimits } from '../transactional/topic-size-limits';
import { transactionalProducerConfig } from '../transactional/transactional-producer-config';

export interface ReplayOutputPublisherOptions {
  /**
   * One id per replayed job (e.g. per list version being retro-screened): a second process running
   * the same job takes the id over and fences the first, so two never both commit.
   */
  readonly transactionalId: string;
  /**
   * The group whose offsets on `inputTopic` record, in the same transaction as the outputs, how far the
   * job got: a job run again (or resumed after a crash) starts after them and publishes nothing twice.
   */
  readonly progressGroupId: string;
  readonly inputTopic: string;
}

const SEND_REQUEST_BYTES = 512 * 1024;
const MAX_ATTEMPTS = 8;

function isRetriable(error: unknown): boolean {
  const e = error as { retriable?: boolean; type?: string };
  return e?.retriable === true || e?.type === 'CONCURRENT_TRANSACTIONS';
}

/**
 * Publishes what a replay produces exactly once: the outputs and the replay's input positions go into
 * ONE Kafka transaction (the same consume-transform-produce guarantee the screener has, for a reader
 * that is not a group member). Read-committed readers see each output once, across crashes and runs.
 */
export class ReplayOutputPublisher {
  private producer?: Producer;
  private admin?: Admin;
  private readonly sizes = new TopicSizeLimits(async () => this.adminClient());

  constructor(
    private readonly kafka: Kafka,
    private readonly options: ReplayOutputPublisherOptions,
  ) {}

  /** Input positions this job committed before, per partition: where a run starts at the earliest. */
  async committedPositions(): Promise<Map<number, string>> {
    const admin = await this.adminClient();
    const [topic] = await admin.fetchOffsets({
      groupId: this.options.progressGroupId,
      topics: [this.options.inputTopic],
    });
    const positions = new Map<number, string>();
    for (const p of topic?.partitions ?? []) if (BigInt(p.offset) >= 0n) positions.set(p.partition, p.offset);
    return positions;
  }

  /** Sends `messages` and moves the job's positions to `nextOffsets`, all or nothing. */
  async publish(
    messages: readonly OutboundMessage[],
    nextOffsets: ReadonlyMap<number, string>,
  ): Promise<void> {
    if (messages.length === 0 && nextOffsets.size === 0) return;
    const byTopic = new Map<string, OutboundMessage['message'][]>();
    for (const { topic, message } of messages) {
      const list = byTopic.get(topic);
      if (list) list.push(message);
      else byTopic.set(topic, [message]);
    }
    const limits = await this.sizes.of(byTopic.keys());
    const requests = chunkByBytes(byTopic, { requestBytes: SEND_REQUEST_BYTES, topicBytes: limits });
    for (let attempt = 1; ; attempt++) {
      try {
        await this.inOneTransaction(requests, nextOffsets);
        return;
      } catch (error) {
        // Right after a commit the coordinator may still be completing it (CONCURRENT_TRANSACTIONS);
        // kafkajs does not retry AddOffsetsToTxn, so the aborted transaction is simply tried again.
        if (attempt >= MAX_ATTEMPTS || !isRetriable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
      }
    }
  }

  private async inOneTransaction(
    requests: ReturnType<typeof chunkByBytes>,
    nextOffsets: ReadonlyMap<number, string>,
  ): Promise<void> {
    const producer = await this.transactionalProducer();
    const transaction = await producer.transaction();
    try {
      for (const topicMessages of requests) await transaction.sendBatch({ topicMessages });
      await transaction.sendOffsets({
        consumerGroupId: this.options.progressGroupId,
        topics: [
          {
            topic: this.options.inputTopic,
            partitions: [...nextOffsets].map(([partition, offset]) => ({ partition, offset })),
          },
        ],
      });
      await transaction.commit();
    } catch (error) {
      const aborted = await transaction.abort().then(
        () => true,
        () => false,
      );
      if (!aborted) {
        await this.producer?.disconnect().catch(() => undefined);
        this.producer = undefined;
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.producer?.disconnect().catch(() => undefined);
    await this.admin?.disconnect().catch(() => undefined);
    this.producer = undefined;
    this.admin = undefined;
  }

  private async transactionalProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer(transactionalProducerConfig(this.options.transactionalId));
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  private async adminClient(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }
}
