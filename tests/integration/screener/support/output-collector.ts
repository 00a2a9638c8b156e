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
 *
 * Each log position (topic, partition, offset) is kept once. Like any group consumer, this reader is
 * at-least-once itself: after a rebalance of ITS group it may be handed records again whose offsets it
 * had not committed yet. Such a re-delivery is the same record, not a second one in the log, so it
 * is counted (`redeliveries`) and not collected twice; a doubled result in the log has its own offset
 * and is still seen as a duplicate.
 */
export class OutputCollector {
  private readonly received = new Map<string, CollectedRecord[]>();
  private readonly seen = new Set<string>();
  private redelivered = 0;
  private joins = 0;
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
    collector.joined = new Promise((resolve) =>
      consumer.on(consumer.events.GROUP_JOIN, () => {
        collector.joins++;
        resolve();
      }),
    );
    await consumer.connect();
    for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const position = `${topic}/${partition}@${message.offset}`;
        if (collector.seen.has(position)) {
          collector.redelivered++;
          return;
        }
        collector.seen.add(position);
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

  /** Records this reader was handed again after a rebalance of its own group (kept once). */
  redeliveries(): number {
    return this.redelivered;
  }

  describe(): string {
    const counts = [...this.received].map(([topic, records]) => `${topic}: ${records.length}`);
    return [...counts, `reader group joins: ${this.joins}`, `re-deliveries: ${this.redelivered}`].join(', ');
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
