import type { ReadinessCheck, ReadinessState } from '@salw/observability';

/** One declaration as it goes to Kafka: keyed by declarationId, value in JSON, provenance in headers. */
export interface DeclarationRecord {
  readonly key: string;
  readonly value: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

/** Where the broker stored a record. Offsets are Kafka int64s, kept as decimal strings. */
export interface PublishedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

/** The broker did not confirm a write in time, or refused it; what happened to the records is unknown. */
export class PublishFailedError extends Error {
  override readonly name = 'PublishFailedError';
}

/** The broker refused a record as larger than the topic takes: the same record will always be refused. */
export class RecordTooLargeError extends Error {
  override readonly name = 'RecordTooLargeError';
}

/**
 * The one side effect of the intake: writing declarations to the declarations topic with acks=all.
 * A small abstract class (also the injection token) so HTTP tests run against a typed fake.
 * Both methods throw {@link PublishFailedError} when the broker does not confirm, and
 * {@link RecordTooLargeError} when it refuses a record as too large (a client error, not an outage).
 */
export abstract class DeclarationPublisher implements ReadinessCheck {
  readonly name = 'publisher';

  abstract readonly topic: string;

  abstract publish(record: DeclarationRecord): Promise<PublishedRecord>;

  /** Writes all records in one send; they are confirmed together or the call fails. */
  abstract publishAll(records: readonly DeclarationRecord[]): Promise<void>;

  abstract isReady(): ReadinessState | Promise<ReadinessState>;
}
