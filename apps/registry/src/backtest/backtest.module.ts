import { Module, type DynamicModule } from '@nestjs/common';
import { KAFKA_CLIENT } from '@salw/messaging';
import { SnapshotStoreRepository, StoredVersionsRepository } from '@salw/store';
import type { Kafka } from 'kafkajs';
import type { RegistryAppConfig } from '../config/registry-config-sections';
import { BacktestService } from './backtest.service';

/** The backtest service over the core's store and Kafka client; the REST app and the CLI import it alike. */
@Module({})
export class BacktestModule {
  static forRoot(config: RegistryAppConfig): DynamicModule {
    return {
      module: BacktestModule,
      providers: [
        {
          provide: BacktestService,
          useFactory: (store: SnapshotStoreRepository, versions: StoredVersionsRepository, kafka: Kafka) =>
            new BacktestService(store, versions, kafka, config.kafka.topicPrefix),
          inject: [SnapshotStoreRepository, StoredVersionsRepository, KAFKA_CLIENT],
        },
      ],
      exports: [BacktestService],
    };
  }
}
