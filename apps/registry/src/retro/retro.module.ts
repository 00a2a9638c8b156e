import { Global, Module } from '@nestjs/common';
import { configToken, KAFKA_CONFIG, type KafkaConfig } from '@salw/config';
import { KAFKA_CLIENT } from '@salw/messaging';
import {
  AuditLogRepository,
  ExemptionStoreRepository,
  SnapshotStoreRepository,
  StoredVersionsRepository,
} from '@salw/store';
import type { Kafka } from 'kafkajs';
import { ExemptionsModule } from '../exemptions/exemptions.module';
import type { RetroConfig } from './retro.config';
import { RetroScreeningService } from './retro-screening.service';

/** The retro-screening service, for the REST app and the CLI alike (global: the app's worker uses it too). */
@Global()
@Module({
  imports: [ExemptionsModule],
  providers: [
    {
      provide: RetroScreeningService,
      useFactory: (
        store: SnapshotStoreRepository,
        versions: StoredVersionsRepository,
        audit: AuditLogRepository,
        exemptions: ExemptionStoreRepository,
        kafka: Kafka,
        kafkaConfig: KafkaConfig,
        retro: RetroConfig,
      ) =>
        new RetroScreeningService(store, versions, audit, exemptions, kafka, {
          topicPrefix: kafkaConfig.topicPrefix,
          days: retro.days,
        }),
      inject: [
        SnapshotStoreRepository,
        StoredVersionsRepository,
        AuditLogRepository,
        ExemptionStoreRepository,
        KAFKA_CLIENT,
        KAFKA_CONFIG,
        configToken('retro'),
      ],
    },
  ],
  exports: [RetroScreeningService],
})
export class RetroModule {}
