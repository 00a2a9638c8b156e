import { Module } from '@nestjs/common';
import { KAFKA_CONFIG, type KafkaConfig } from '@salw/config';
import { KAFKA_CLIENT } from '@salw/messaging';
import { SnapshotStoreRepository, StoredVersionsRepository } from '@salw/store';
import type { Kafka } from 'kafkajs';
import { BacktestService } from './backtest.service';

/** The backtest service over the core's store and Kafka client; the REST app and the CLI import it alike. */
@Module({
  providers: [
    {
      provide: BacktestService,
      useFactory: (
        store: SnapshotStoreRepository,
        versions: StoredVersionsRepository,
        kafka: Kafka,
        kafkaConfig: KafkaConfig,
      ) => new BacktestService(store, versions, kafka, kafkaConfig.topicPrefix),
      inject: [SnapshotStoreRepository, StoredVersionsRepository, KAFKA_CLIENT, KAFKA_CONFIG],
    },
  ],
  exports: [BacktestService],
})
export class BacktestModule {}
