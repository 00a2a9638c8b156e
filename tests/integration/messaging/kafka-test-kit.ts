import { randomBytes } from 'node:crypto';
import { kafkaConfig, loadConfig } from '@salw/config';
import { createKafka } from '@salw/messaging';
import type { IHeaders, Kafka } from 'kafkajs';
import pino from 'pino';

/** The broker the integration suite runs against (KAFKA_BROKERS, default 127.0.0.1:9092). */
export function testKafka(clientId: string): Kafka {
  const { kafka } = loadConfig([kafkaConfig]);
  return createKafka(kafka, { clientId, logger: pino({ level: 'error' }) });
}

/** A topic-name prefix no other test run shares, so suites can create and delete their own topics. */
export function uniquePrefix(suite: string): string {
  return `it-${suite}-${process.pid}-${randomBytes(3).toString('hex')}.`;
}

export interface ConsumedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: IHeaders;
}

/**
 * Reads `count` records of `topic` from the beginning with a fresh consumer group, read_committed
 * like the contract's downstream readers; fails naming what arrived if they do not within `timeoutMs`.
 */
export async function readRecords(
  kafka: Kafka,
  topic: string,
  count: number,
  timeoutMs = 30_000,
): Promise<ConsumedRecord[]> {
  const consumer = kafka.consumer({
    groupId: `${topic}.reader.${randomBytes(3).toString('hex')}`,
    readUncommitted: false,
  });
  const records: ConsumedRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `expected ${count} record(s) on ${topic} within ${timeoutMs} ms, got ${records.length}`,
            ),
          ),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: async ({ topic: from, partition, message }) => {
            records.push({
              topic: from,
              partition,
              offset: message.offset,
              key: message.key,
              value: message.value,
              headers: message.headers ?? {},
            });
            if (records.length >= count) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return records;
}

export function headerText(headers: IHeaders, name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map(String).join(',') : value.toString();
}
