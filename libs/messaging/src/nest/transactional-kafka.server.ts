import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { isObservable, lastValueFrom } from 'rxjs';
import type { BatchReply, InboundBatch } from '../transactional/batch-processing.types';
import {
  TransactionalBatchConsumer,
  type BatchConsumerEvents,
  type TransactionalBatchConsumerOptions,
} from '../transactional/transactional-batch-consumer';

export interface TransactionalKafkaServerOptions<Report = unknown> {
  readonly kafka: Kafka;
  readonly consumer: TransactionalBatchConsumerOptions;
  readonly logger: Logger;
  readonly events?: BatchConsumerEvents<Report>;
  /** The `@MessagePattern` of the handler; the input topic name when omitted (give it when topics are prefixed). */
  readonly pattern?: string;
}

/**
 * A Nest microservice transport over {@link TransactionalBatchConsumer}. Handlers are ordinary
 * `@MessagePattern(<input topic>)` methods that receive an {@link InboundBatch} and resolve to a
 * {@link BatchReply} (one outcome per record); the transport awaits them and owns everything around
 * them (transaction, offsets, dead letters, retries), so no handler can commit, skip or
 * double-publish by mistake. Controllers use `@UseFilters(ErrorsToTransportFilter)` so that what a
 * handler throws arrives here unchanged.
 */
export class TransactionalKafkaServer<Report = unknown> extends Server implements CustomTransportStrategy {
  private batchConsumer?: TransactionalBatchConsumer<Report>;

  constructor(private readonly options: TransactionalKafkaServerOptions<Report>) {
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
    const processor = async (batch: InboundBatch): Promise<BatchReply<Report>> => {
      const reply: unknown = await handler(batch);
      // Nest's RPC proxy returns what the handler resolved to; what it threw comes back as an
      // Observable failing with that error (unchanged, under ErrorsToTransportFilter).
      return (isObservable(reply) ? await lastValueFrom(reply) : reply) as BatchReply<Report>;
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
