import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { readDeadLetter, type StoredDeadLetter } from '@salw/messaging/dlq/stored-dead-letter';

export interface ReadOptions {
  /** Stop once no record arrived for this long after the last one (or after joining). */
  readonly idleMs?: number;
  /** Hard limit on one read. */
  readonly timeoutMs?: number;
}

/**
 * Reads the whole dead-letter topic once, committed records only (read_committed: a dead letter of
 * an aborted screener transaction was never really written). A throw-away consumer group that is
 * deleted afterwards; nothing is committed for the screener or anyone else. The end is found by
 * idleness, since transaction markers keep the last offset short of the high watermark.
 */
export async function readAllDeadLetters(
  kafka: Kafka,
  topic: string,
  options: ReadOptions = {},
): Promise<StoredDeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const total = ends.reduce((sum, p) => sum + Math.max(0, Number(p.high) - Number(p.low)), 0);
    if (total === 0) return [];
    const groupId = `salw-dlq-cli-${randomBytes(6).toString('hex')}`;
    const consumer = kafka.consumer({ groupId, readUncommitted: false, allowAutoTopicCreation: false });
    const letters: StoredDeadLetter[] = [];
    let last = Date.now();
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          last = Date.now();
          letters.push(
            readDeadLetter({
              partition,
              offset: message.offset,
              timestamp: message.timestamp,
              key: message.key,
              value: message.value,
              headers: message.headers,
            }),
          );
        },
      });
      const started = Date.now();
      const idleMs = options.idleMs ?? 3_000;
      const timeoutMs = options.timeoutMs ?? 120_000;
      const highs = new Map(ends.map((p) => [p.partition, Number(p.high)]));
      const complete = () =>
        [...highs].every(([partition, high]) => {
          const seen = letters.filter((l) => l.dlqPartition === partition);
          return seen.length > 0 && Number(seen[seen.length - 1].dlqOffset) + 1 >= high;
        });
      while (!complete() && Date.now() - last < idleMs + (letters.length === 0 ? 7_000 : 0)) {
        if (Date.now() - started > timeoutMs) throw new Error(`reading ${topic} took over ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await consumer.disconnect();
      await admin.deleteGroups([groupId]).catch(() => undefined);
    }
    return letters.sort(
      (a, b) => a.dlqPartition - b.dlqPartition || Number(a.dlqOffset) - Number(b.dlqOffset),
    );
  } finally {
    await admin.disconnect();
  }
}
