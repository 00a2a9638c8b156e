import { DLQ_HEADERS } from '@salw/contracts/topics/topics.constants';
import type { IHeaders, Message } from 'kafkajs';
import type { DeadLetter } from './dead-letter';
import { isDeadLetterReason } from './dead-letter-reason';
import { truncateUtf8 } from './truncate-utf8';

/** Header values travel in every fetch of the record; 1 KiB is enough for a path and a message. */
export const DLQ_DETAIL_MAX_BYTES = 1024;

const DLQ_HEADER_NAMES = new Set<string>(Object.values(DLQ_HEADERS));

/**
 * The DLQ record for a dead letter: the ORIGINAL key and bytes untouched (so a replay tool can send
 * them back as they were), the source's own headers kept for tracing, and the five `x-dlq-*` headers.
 * An `x-dlq-*` header already on the source (a record dead-lettered twice) is replaced, not doubled.
 */
export function buildDeadLetterMessage(letter: DeadLetter): Message {
  const { source, reason } = letter;
  if (!isDeadLetterReason(reason)) throw new Error(`unknown dead-letter reason "${String(reason)}"`);
  if (!Number.isInteger(source.partition) || source.partition < 0) {
    throw new Error(
      `dead letter from ${source.topic}: partition must be an integer >= 0 (got ${source.partition})`,
    );
  }
  if (!/^\d+$/.test(source.offset)) {
    throw new Error(
      `dead letter from ${source.topic}/${source.partition}: offset must be a decimal string (got "${source.offset}")`,
    );
  }

  const headers: IHeaders = {};
  for (const [name, value] of Object.entries(source.headers ?? {})) {
    if (value !== undefined && !DLQ_HEADER_NAMES.has(name.toLowerCase())) headers[name] = value;
  }
  headers[DLQ_HEADERS.reason] = reason;
  headers[DLQ_HEADERS.detail] = truncateUtf8(letter.detail, DLQ_DETAIL_MAX_BYTES);
  headers[DLQ_HEADERS.sourceTopic] = source.topic;
  headers[DLQ_HEADERS.sourcePartition] = String(source.partition);
  headers[DLQ_HEADERS.sourceOffset] = source.offset;

  return {
    key: source.key,
    value: source.value,
    headers,
    ...(source.timestamp !== undefined ? { timestamp: source.timestamp } : {}),
  };
}
