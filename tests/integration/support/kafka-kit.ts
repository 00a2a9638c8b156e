import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin, type Consumer, type IHeaders, type Producer } from 'kafkajs';

/**
 * What the integration tests share to talk to the real broker: unique topic names per run,
 * topic creation and deletion, and a read_committed reader that collects until a condition holds.
 */
export const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function runId(): string {
  return `${Date.now().toString(36)}${randomUUID().slice(0, 6)}`;
}

export function testKafka(clientId: string): Kafka {
  return new Kafka({ clientId, brokers, logLevel: logLevel.NOTHING });
}

export interface ReadRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Record<string, string>;
}

export class KafkaKit {
  private readonly closers: Array<() => Promise<void>> = [];
  private admin?: Admin;
  private readonly created: string[] = [];

  constructor(readonly kafka: Kafka) {}

  async createTopics(topics: Array<{ topic: string; partitions: number }>): Promise<void> {
    this.admin ??= this.kafka.admin();
    await this.admin.connect();
    await this.admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((t) => ({ topic: t.topic, numPartitions: t.partitions, replicationFactor: 1 })),
    });
    this.created.push(...topics.map((t) => t.topic));
  }

  async producer(): Promise<Producer> {
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 5 });
    await producer.connect();
    this.closers.push(() => producer.disconnect());
    return producer;
  }

  /**
   * Reads `topics` from the beginning as a read_committed consumer until `done(received)` holds, then
   * waits `settleMs` more to catch any extra (duplicate) record, and returns everything seen.
   */
  async readCommitted(
    topics: string[],
    done: (received: ReadRecord[]) => boolean,
    options: { timeoutMs?: number; settleMs?: number } = {},
  ): Promise<ReadRecord[]> {
    const consumer: Consumer = this.kafka.consumer({
      groupId: `it-reader-${runId()}`,
      readUncommitted: false,
    });
    await consumer.connect();
    this.closers.push(() => consumer.disconnect());
    for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: true });
    const received: ReadRecord[] = [];
    let reached!: () => void;
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        received.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString('utf8') ?? null,
          value: message.value?.toString('utf8') ?? null,
          headers: headersAsText(message.headers),
        });
        if (done(received)) reached();
      },
    });
    const timeoutMs = options.timeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>(
      (resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)),
    );
    const outcome = await Promise.race([reachedPromise.then(() => 'done' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      await consumer.disconnect();
      throw new Error(
        `read ${received.length} records from ${topics.join(', ')} in ${timeoutMs} ms without reaching the expected state`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 1_500));
    await consumer.disconnect();
    return received;
  }

  async close(): Promise<void> {
    for (const close of this.closers.reverse()) await close().catch(() => undefined);
    if (this.admin) {
      if (this.created.length > 0)
        await this.admin.deleteTopics({ topics: this.created }).catch(() => undefined);
      await this.admin.disconnect();
    }
  }
}

function headersAsText(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.map(String).join(',') : String(value);
  }
  return out;
}
