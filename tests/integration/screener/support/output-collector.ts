import type { Consumer, IHeaders, Kafka } from 'kafkajs';
import { runId } from '../../support/kafka-kit';
import { waitUntil } from './wait-until';

/** One committed record as a downstream reader sees it, bytes untouched. */
export interface CollectedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string>>;
  /** When this reader got it (ms since epoch): with read_committed, when its transaction became visible. */
  readonly receivedAt: number;
}

/**
 * A read_committed reader of the output topics that keeps everything it sees, from the beginning,
 * for as long as a test runs. One group join per test instead of one per question, and raw bytes
 * (dead letters must carry the ORIGINAL bytes, which a text conversion would hide when they are not
 * UTF-8).
 */
export class OutputCollector {
  private readonly received = new Map<string, CollectedRecord[]>();
  /** Resolves once this reader joined its group (the broker's group coordinator answers). */
  joined: Promise<void> = Promise.resolve();

  private constructor(
    private readonly consumer: Consumer,
    readonly groupId: string,
  ) {}

  static async start(kafka: Kafka, topics: readonly string[]): Promise<OutputCollector> {
    const groupId = `it-scr-reader-${runId()}`;
    const consumer = kafka.consumer({
      groupId,
      readUncommitted: false,
      maxBytesPerPartition: 4 * 1024 * 1024,
      maxWaitTimeInMs: 250,
    });
    const collector = new OutputCollector(consumer, groupId);
    for (const topic of topics) collector.received.set(topic, []);
    collector.joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        collector.received.get(topic)?.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString('utf8') ?? null,
          value: message.value,
          headers: headersAsText(message.headers),
          receivedAt: Date.now(),
        });
      },
    });
    return collector;
  }

  records(topic: string): readonly CollectedRecord[] {
    const records = this.received.get(topic);
    if (!records)
      throw new Error(
        `the collector does not read ${topic}; it reads ${[...this.received.keys()].join(', ')}`,
      );
    return records;
  }

  /** Waits until `condition` holds over what was read; on timeout says how many records each topic had. */
  async waitFor(what: string, condition: () => boolean, timeoutMs: number): Promise<number> {
    return waitUntil(what, condition, { timeoutMs, intervalMs: 100, progress: () => this.describe() });
  }

  describe(): string {
    return [...this.received].map(([topic, records]) => `${topic}: ${records.length}`).join(', ');
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect().catch(() => undefined);
  }
}

function headersAsText(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.map(String).join(',') : String(value);
  }
  return out;
}
