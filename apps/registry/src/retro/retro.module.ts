import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { KAFKA_CLIENT } from '@salw/messaging';
import { LOGGER } from '@salw/observability';
import { AuditLogRepository, KeySpace, SnapshotStoreRepository, StoredVersionsRepository } from '@salw/store';
import type Redis from 'ioredis';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { RegistryAppConfig } from '../config/registry-config-sections';
import { REDIS_CLIENT } from '../registry.tokens';
import { RetroOnActivationWorker } from './retro-on-activation.worker';
import { RetroScreeningService } from './retro-screening.service';

/**
 * Retro-screening: the service (REST and CLI) and, in the long-running REST app only, the worker that
 * starts a run when an activation changes a list (`REGISTRY_RETRO_ON_ACTIVATION`).
 */
@Module({})
export class RetroModule {
  static forRoot(config: RegistryAppConfig, options: { readonly worker: boolean }): DynamicModule {
    const providers: Provider[] = [
      {
        provide: RetroScreeningService,
        useFactory: (
          store: SnapshotStoreRepository,
          versions: StoredVersionsRepository,
          audit: AuditLogRepository,
          kafka: Kafka,
        ) =>
          new RetroScreeningService(store, versions, audit, kafka, {
            topicPrefix: config.kafka.topicPrefix,
            days: config.retro.days,
          }),
        inject: [SnapshotStoreRepository, StoredVersionsRepository, AuditLogRepository, KAFKA_CLIENT],
      },
    ];
    if (options.worker)
      providers.push({
        provide: RetroOnActivationWorker,
        useFactory: (
          redis: Redis,
          keys: KeySpace,
          store: SnapshotStoreRepository,
          retro: RetroScreeningService,
          logger: Logger,
        ) =>
          new RetroOnActivationWorker(
            redis,
            keys,
            store,
            retro,
            logger.child({ component: 'retro-worker' }),
            config.retro.onActivation,
          ),
        inject: [REDIS_CLIENT, KeySpace, SnapshotStoreRepository, RetroScreeningService, LOGGER],
      });
    return { module: RetroModule, providers, exports: [RetroScreeningService] };
  }
}
