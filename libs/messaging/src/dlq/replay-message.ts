import type { Message } from 'kafkajs';
import type { StoredDeadLetter } from './stored-dead-letter';

/** Header a replayed record carries: the dead letter it came from (`dlqPartition:dlqOffset`). */
export const REPLAYED_FROM_HEADER = 'x-replayed-from-dlq';

/**
 * The record a replay writes back to the declarations topic: the original key and bytes untouched,
 * the source's own headers, and where it came from. No timestamp: the broker stamps it now, so the
 * declarations topic's time-based retention keeps it (an original time weeks old would be deleted at
 * once) and the end-to-end latency measures the replay, not the wait in the DLQ.
 */
export function buildReplayMessage(letter: StoredDeadLetter): Message {
  return {
    key: letter.key,
    value: letter.value,
    headers: { ...letter.sourceHeaders, [REPLAYED_FROM_HEADER]: letter.id },
  };
}
