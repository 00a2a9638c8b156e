import { Module, type DynamicModule } from '@nestjs/common';
import { IdempotentProducerService } from './idempotent-producer.service';
import { KafkaClientModule } from './kafka-client.module';

export interface MessagingModuleOptions {
  /** Client id of this app (`salw-screener`); the configured KAFKA_CLIENT_ID when absent. */
  readonly clientId?: string;
}

/**
 * Thin Nest wiring of the framework-free messaging core: the `Kafka` client (`KafkaClientModule`) and an
 * idempotent producer with its lifecycle. Dead letters are written by the transactional consumer, in
 * the transaction that moves the offset on, so no app needs a writer of its own here.
 * Needs `ConfigModule.forRoot([kafkaConfig, ...])`; logs through `LoggingModule` when present.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions = {}): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [KafkaClientModule.forRoot({ clientId: options.clientId })],
      providers: [IdempotentProducerService],
      exports: [KafkaClientModule, IdempotentProducerService],
    };
  }
}
