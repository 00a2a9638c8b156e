import type { IHeaders, Message } from 'kafkajs';
import type { DeadLetterReason } from '../dlq/dead-letter-reason';
import type { SourceRecord } from '../dlq/dead-letter';

/** A consumed record handed to a batch processor; its position is what the transaction commits. */
export type InboundRecord = SourceRecord & { readonly headers: IHeaders };

export interface OutboundMessage {
  readonly topic: string;
  readonly message: Message;
}

/** What became of one inbound record. Every record gets exactly one outcome; none is ever skipped silently. */
export type RecordOutcome =
  /** Zero or more messages to publish (a result, an alert), committed with the input offset. */
  | { readonly kind: 'publish'; readonly messages: readonly OutboundMessage[] }
  /** The record is bad: it goes to the DLQ with its reason, in the same transaction. */
  | { readonly kind: 'dead-letter'; readonly reason: DeadLetterReason; readonly detail: string }
  /** Nothing to publish by design (a replayed version), the offset still moves on. */
  | { readonly kind: 'ignore'; readonly why: string };

export interface InboundBatch {
  readonly topic: string;
  readonly partition: number;
  readonly records: readonly InboundRecord[];
  /** Offset of the next record the partition will get, when the fetch knew it: lag = highWatermark - (last offset + 1). */
  readonly highWatermark?: string;
}

/** What a batch handler returns: one outcome per record in order, and its own account of the batch. */
export interface BatchReply<Report = unknown> {
  readonly outcomes: readonly RecordOutcome[];
  /** Handed back to `onBatchCommitted` once the batch's transaction committed (for metrics that count only what committed). */
  readonly report?: Report;
}

/**
 * Turns a batch into outcomes, one per record in order. Throwing means "transient, try the same batch
 * again" (Redis or the broker unavailable): nothing is committed and nothing is skipped.
 */
export type BatchProcessor<Report = unknown> = (batch: InboundBatch) => Promise<BatchReply<Report>>;
