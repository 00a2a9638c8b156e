import { Module, type DynamicModule } from '@nestjs/common';
import { KAFKA_CONFIG, type KafkaConfig } from '@salw/config';
import { LOGGER } from '@salw/observability';
import type { Logger } from 'pino';
import { createKafka } from '../kafka/create-kafka';
import { KAFKA_CLIENT } from './messaging.constants';

export interface KafkaClientModuleOptions {
  /** Client id of this app (`salw-screener`); the configured KAFKA_CLIENT_ID when absent. */
  readonly clientId?: string;
}

/**
 * The app's one `Kafka` client (`KAFKA_CLIENT`), made by `createKafka` from the configured cluster.
 * Needs `ConfigModule.forRoot([kafkaConfig, ...])`; logs through `LoggingModule` when present.
 */
@Module({})
export class KafkaClientModule {
  static forRoot(options: KafkaClientModuleOptions = {}): DynamicModule {
    return {
      module: KafkaClientModule,
      global: true,
      providers: [
        {
          provide: KAFKA_CLIENT,
          useFactory: (config: KafkaConfig, logger?: Logger) =>
            createKafka(config, { clientId: options.clientId, logger }),
          inject: [KAFKA_CONFIG, { token: LOGGER, optional: true }],
        },
      ],
      exports: [KAFKA_CLIENT],
    };
  }
}
