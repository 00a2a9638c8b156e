import { Module, type DynamicModule } from '@nestjs/common';
import { KAFKA_CONFIG, type KafkaConfig } from '@salw/config';
import { topicNames } from '@salw/contracts/topics/topics.constants';
import { DeadLetterWriter } from '../dlq/dead-letter.writer';
import { IdempotentProducerService } from './idempotent-producer.service';
import { KafkaClientModule } from './kafka-client.module';

export interface MessagingModuleOptions {
  /** Client id of this app (`salw-screener`); the configured KAFKA_CLIENT_ID when absent. */
  readonly clientId?: string;
}

/**
 * Thin Nest wiring of the framework-free messaging core: the `Kafka` client (`KafkaClientModule`), an
 * idempotent producer with its lifecycle, and a `DeadLetterWriter` for the configured DLQ topic.
 * Needs `ConfigModule.forRoot([kafkaConfig, ...])`; logs through `LoggingModule` when present.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions = {}): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [KafkaClientModule.forRoot({ clientId: options.clientId })],
      providers: [
        IdempotentProducerService,
        {
          provide: DeadLetterWriter,
          useFactory: (config: KafkaConfig) =>
            new DeadLetterWriter(topicNames(config.topicPrefix).declarationsDlq),
          inject: [KAFKA_CONFIG],
        },
      ],
      exports: [KafkaClientModule, IdempotentProducerService, DeadLetterWriter],
    };
  }
}
