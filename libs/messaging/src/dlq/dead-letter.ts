import type { IHeaders } from 'kafkajs';
import type { DeadLetterReason } from './dead-letter-reason';

/** The record being dead-lettered, exactly as it was consumed. */
export interface SourceRecord {
  readonly topic: string;
  readonly partition: number;
  /** Kafka offsets are 64-bit; kafkajs gives them as decimal strings. */
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers?: IHeaders;
  /** Kept so a replay can restore the original event time. */
  readonly timestamp?: string;
}

export interface DeadLetter {
  readonly source: SourceRecord;
  readonly reason: DeadLetterReason;
  /** Human explanation (field path, line...); truncated to a safe header size. */
  readonly detail: string;
}
