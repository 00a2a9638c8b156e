import { Module, type DynamicModule } from '@nestjs/common';
import { KAFKA_CONFIG, type KafkaConfig } from '@salw/config';
import { LOGGER } from '@salw/observability';
import type { Logger } from 'pino';
import { createKafka } from '../kafka/create-kafka';
import { IdempotentProducerService } from './idempotent-producer.service';
import { KAFKA_CLIENT } from './messaging.constants';

export interface MessagingModuleOptions {
  /** Client id of this app (`salw-screener`); the configured KAFKA_CLIENT_ID when absent. */
  readonly clientId?: string;
}

/**
 * Thin Nest wiring of the framework-free messaging core: the `Kafka` client (`KAFKA_CLIENT`) and an
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
      providers: [
        {
          provide: KAFKA_CLIENT,
          useFactory: (config: KafkaConfig, logger?: Logger) =>
            createKafka(config, { clientId: options.clientId, logger }),
          inject: [KAFKA_CONFIG, { token: LOGGER, optional: true }],
        },
        IdempotentProducerService,
      ],
      exports: [KAFKA_CLIENT, IdempotentProducerService],
    };
  }
}
