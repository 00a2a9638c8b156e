import type { ReadinessState } from '@salw/observability';
import {
  DeclarationPublisher,
  PublishFailedError,
  RecordTooLargeError,
  type DeclarationRecord,
  type PublishedRecord,
} from '../publishing/declaration-publisher';

/** Keeps what would have gone to Kafka; can be told to fail from a given send on, like a broker going away. */
export class FakeDeclarationPublisher extends DeclarationPublisher {
  readonly topic = 'test.salw.declarations.v1';
  readonly records: DeclarationRecord[] = [];
  /** Number of records in each send, in order. */
  readonly sends: number[] = [];
  /** Sends with this 0-based index or later fail; never when undefined. */
  failFromSend: number | undefined;
  /** Like a topic's max.message.bytes: a send holding a larger value is refused whole. */
  maxValueBytes: number | undefined;

  async publish(record: DeclarationRecord): Promise<PublishedRecord> {
    this.accept([record]);
    return { topic: this.topic, partition: 0, offset: String(this.records.length - 1) };
  }

  async publishAll(records: readonly DeclarationRecord[]): Promise<void> {
    this.accept(records);
  }

  isReady(): ReadinessState {
    return { ready: this.failFromSend === undefined, detail: { topic: this.topic } };
  }

  private accept(records: readonly DeclarationRecord[]): void {
    if (this.failFromSend !== undefined && this.sends.length >= this.failFromSend) {
      throw new PublishFailedError('fake broker: connection refused');
    }
    if (this.maxValueBytes !== undefined && records.some((r) => r.value.length > this.maxValueBytes!))
      throw new RecordTooLargeError('fake broker: MESSAGE_TOO_LARGE');
    this.sends.push(records.length);
    this.records.push(...records);
  }
}
