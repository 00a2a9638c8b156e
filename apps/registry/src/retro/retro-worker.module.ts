import { Module } from '@nestjs/common';
import { configToken } from '@salw/config';
import { LOGGER } from '@salw/observability';
import { KeySpace, SnapshotStoreRepository, type RedisConnection } from '@salw/store';
import type { Logger } from 'pino';
import { REDIS_CLIENT } from '../registry.tokens';
import type { RetroConfig } from './retro.config';
import { RetroOnActivationWorker } from './retro-on-activation.worker';
import { RetroScreeningService } from './retro-screening.service';

/**
 * The worker that retro-screens when an activation changes a list (`REGISTRY_RETRO_ON_ACTIVATION`):
 * in the long-running REST app only, never in a CLI run.
 */
@Module({
  providers: [
    {
      provide: RetroOnActivationWorker,
      useFactory: (
        redis: RedisConnection,
        keys: KeySpace,
        store: SnapshotStoreRepository,
        retro: RetroScreeningService,
        logger: Logger,
        config: RetroConfig,
      ) =>
        new RetroOnActivationWorker(
          redis,
          keys,
          store,
          retro,
          logger.child({ component: 'retro-worker' }),
          config.onActivation,
        ),
      inject: [
        REDIS_CLIENT,
        KeySpace,
        SnapshotStoreRepository,
        RetroScreeningService,
        LOGGER,
        configToken('retro'),
      ],
    },
  ],
})
export class RetroWorkerModule {}
