import { DLQ_HEADERS } from '@salw/contracts/topics/topics.constants';
import type { IHeaders } from 'kafkajs';
import { isDeadLetterReason, type DeadLetterReason } from './dead-letter-reason';

/** A record as read back from the dead-letter topic (the fields of kafkajs's KafkaMessage we use). */
export interface DeadLetterRecord {
  readonly partition: number;
  readonly offset: string;
  /** Epoch milliseconds as a decimal string: when the dead letter was written. */
  readonly timestamp: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers?: IHeaders;
}

/** One dead letter with its x-dlq-* headers decoded; `id` is `dlqPartition:dlqOffset`. */
export interface StoredDeadLetter {
  readonly id: string;
  readonly dlqPartition: number;
  readonly dlqOffset: string;
  readonly deadLetteredAt: Date;
  readonly reason: DeadLetterReason | 'UNKNOWN';
  readonly detail: string;
  readonly sourceTopic: string;
  readonly sourcePartition: number | undefined;
  readonly sourceOffset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  /** The source record's own headers, without the x-dlq-* ones. */
  readonly sourceHeaders: IHeaders;
}

const DLQ_HEADER_NAMES = new Set<string>(Object.values(DLQ_HEADERS));

function headerText(headers: IHeaders | undefined, name: string): string {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? '' : Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
}

/** Decodes a DLQ record; a record without a known x-dlq-reason is kept, with reason UNKNOWN. */
export function readDeadLetter(record: DeadLetterRecord): StoredDeadLetter {
  const reason = headerText(record.headers, DLQ_HEADERS.reason);
  const sourcePartition = Number(headerText(record.headers, DLQ_HEADERS.sourcePartition));
  const sourceHeaders: IHeaders = {};
  for (const [name, value] of Object.entries(record.headers ?? {})) {
    if (value !== undefined && !DLQ_HEADER_NAMES.has(name.toLowerCase())) sourceHeaders[name] = value;
  }
  return {
    id: `${record.partition}:${record.offset}`,
    dlqPartition: record.partition,
    dlqOffset: record.offset,
    deadLetteredAt: new Date(Number(record.timestamp)),
    reason: isDeadLetterReason(reason) ? reason : 'UNKNOWN',
    detail: headerText(record.headers, DLQ_HEADERS.detail),
    sourceTopic: headerText(record.headers, DLQ_HEADERS.sourceTopic),
    sourcePartition:
      headerText(record.headers, DLQ_HEADERS.sourcePartition) !== '' && Number.isInteger(sourcePartition)
        ? sourcePartition
        : undefined,
    sourceOffset: headerText(record.headers, DLQ_HEADERS.sourceOffset),
    key: record.key,
    value: record.value,
    sourceHeaders,
  };
}
