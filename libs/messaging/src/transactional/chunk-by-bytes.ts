import type { Message, TopicMessages } from 'kafkajs';
import { RECORD_BATCH_OVERHEAD_BYTES, recordBytes } from './record-bytes';

export interface ChunkLimits {
  /** Bytes of records one produce request carries at most (a single larger record goes alone). */
  readonly requestBytes: number;
  /** Per topic, the bytes one record batch may hold (`max.message.bytes`); all of a chunk's records of a topic may land in one partition. */
  readonly topicBytes: ReadonlyMap<string, number>;
}

/**
 * Splits a transaction's outputs into produce requests that the broker accepts: each request within
 * `requestBytes`, and a topic's records in one request within that topic's `max.message.bytes` (kafkajs
 * puts a partition's records of one request in one record batch, which the broker refuses whole when
 * it is too large). Each topic's messages keep their order across the chunks.
 */
export function chunkByBytes(
  byTopic: ReadonlyMap<string, readonly Message[]>,
  limits: ChunkLimits,
): TopicMessages[][] {
  const chunks: TopicMessages[][] = [];
  let current = new Map<string, Message[]>();
  let currentBytes = 0;
  const topicBytes = new Map<string, number>();
  const flush = () => {
    if (current.size === 0) return;
    chunks.push([...current].map(([topic, messages]) => ({ topic, messages })));
    current = new Map();
    currentBytes = 0;
    topicBytes.clear();
  };
  for (const [topic, messages] of byTopic) {
    const topicLimit =
      (limits.topicBytes.get(topic) ?? Number.POSITIVE_INFINITY) - RECORD_BATCH_OVERHEAD_BYTES;
    for (const message of messages) {
      const bytes = recordBytes(message);
      const topicSoFar = topicBytes.get(topic) ?? 0;
      if (current.size > 0 && (currentBytes + bytes > limits.requestBytes || topicSoFar + bytes > topicLimit))
        flush();
      const list = current.get(topic);
      if (list) list.push(message);
      else current.set(topic, [message]);
      currentBytes += bytes;
      topicBytes.set(topic, (topicBytes.get(topic) ?? 0) + bytes);
    }
  }
  flush();
  return chunks;
}
