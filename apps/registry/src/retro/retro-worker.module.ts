import { Module, type DynamicModule } from '@nestjs/common';
import { LOGGER } from '@salw/observability';
import { KeySpace, SnapshotStoreRepository, type RedisConnection } from '@salw/store';
import type { Logger } from 'pino';
import type { RegistryAppConfig } from '../config/registry-config-sections';
import { REDIS_CLIENT } from '../registry.tokens';
import { RetroOnActivationWorker } from './retro-on-activation.worker';
import { RetroScreeningService } from './retro-screening.service';

/**
 * The worker that retro-screens when an activation changes a list (`REGISTRY_RETRO_ON_ACTIVATION`):
 * in the long-running REST app only, never in a CLI run.
 */
@Module({})
export class RetroWorkerModule {
  static forRoot(config: RegistryAppConfig): DynamicModule {
    return {
      module: RetroWorkerModule,
      providers: [
        {
          provide: RetroOnActivationWorker,
          useFactory: (
            redis: RedisConnection,
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
        },
      ],
    };
  }
}
