import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { lastValueFrom } from 'rxjs';
import type { InboundBatch, RecordOutcome } from '../transactional/batch-processing.types';
import {
  TransactionalBatchConsumer,
  type BatchConsumerEvents,
  type TransactionalBatchConsumerOptions,
} from '../transactional/transactional-batch-consumer';

export interface TransactionalKafkaServerOptions {
  readonly kafka: Kafka;
  readonly consumer: TransactionalBatchConsumerOptions;
  readonly logger: Logger;
  readonly events?: BatchConsumerEvents;
  /** The `@MessagePattern` of the handler; the input topic name when omitted (give it when topics are prefixed). */
  readonly pattern?: string;
}

/**
 * A Nest microservice transport over {@link TransactionalBatchConsumer}. Handlers are ordinary
 * `@MessagePattern(<input topic>)` methods that receive an {@link InboundBatch} and return one
 * {@link RecordOutcome} per record; this transport owns everything around them (transaction,
 * offsets, dead letters, retries), so no handler can commit, skip or double-publish by mistake.
 */
export class TransactionalKafkaServer extends Server implements CustomTransportStrategy {
  private batchConsumer?: TransactionalBatchConsumer;

  constructor(private readonly options: TransactionalKafkaServerOptions) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    const pattern = this.options.pattern ?? this.options.consumer.inputTopic;
    const handler = this.getHandlerByPattern(pattern);
    if (!handler) {
      callback(
        new Error(
          `no @MessagePattern('${pattern}') handler is registered for ${this.options.consumer.inputTopic}`,
        ),
      );
      return;
    }
    const processor = async (batch: InboundBatch): Promise<readonly RecordOutcome[]> => {
      const outcomes$ = this.transformToObservable(await handler(batch));
      return (await lastValueFrom(outcomes$)) as readonly RecordOutcome[];
    };
    this.batchConsumer = new TransactionalBatchConsumer(
      this.options.kafka,
      this.options.consumer,
      processor,
      this.options.logger,
      this.options.events,
    );
    this.batchConsumer.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  /** SIGTERM path (via Nest shutdown hooks): finish the batches in flight, commit, leave the group. */
  async close(): Promise<void> {
    await this.batchConsumer?.stop();
  }

  on(): never {
    throw new Error('TransactionalKafkaServer reports its events through BatchConsumerEvents, not on()');
  }

  unwrap<T>(): T {
    return this.batchConsumer as T;
  }
}
