import { Module, type DynamicModule } from '@nestjs/common';
import { KAFKA_CLIENT } from '@salw/messaging';
import { SnapshotStoreRepository, StoredVersionsRepository } from '@salw/store';
import type { RegistryAppConfig } from '../config/registry-config-sections';
import { built } from '../shared/built-provider';
import { BacktestService } from './backtest.service';

/** The backtest service over the core's store and Kafka client; the REST app and the CLI import it alike. */
@Module({})
export class BacktestModule {
  static forRoot(config: RegistryAppConfig): DynamicModule {
    return {
      module: BacktestModule,
      providers: [
        built(
          BacktestService,
          [SnapshotStoreRepository, StoredVersionsRepository, KAFKA_CLIENT],
          config.kafka.topicPrefix,
        ),
      ],
      exports: [BacktestService],
    };
  }
}
