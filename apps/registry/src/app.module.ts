import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from '@salw/auth';
import { ConfigModule } from '@salw/config';
import {
  BearerMetricsController,
  HealthController,
  HealthModule,
  LoggingModule,
  METRICS_REGISTRY,
  MetricsModule,
  type MetricsRegistry,
} from '@salw/observability';
import { SnapshotStoreRepository } from '@salw/store';
import type { DestinationStream } from 'pino';
import { AuditController } from './audit/audit.controller';
import { BacktestsController } from './backtest/backtests.controller';
import { REGISTRY_CONFIG_SECTIONS, type RegistryAppConfig } from './config/registry-config-sections';
import { ExemptionsController } from './exemptions/exemptions.controller';
import { ImportsController } from './imports/imports.controller';
import { ListsController } from './lists/lists.controller';
import { RegistryMetrics } from './metrics/registry.metrics';
import { ProfilesController } from './profiles/profiles.controller';
import { RegistryCoreModule } from './registry-core.module';
import { REGISTRY_FEATURE_MODULES } from './registry-features';
import { REDIS_CLIENT } from './registry.tokens';
import { RetroWorkerModule } from './retro/retro-worker.module';
import { RetroScreeningsController } from './retro/retro-screenings.controller';
import { ScreenersController } from './screeners/screeners.controller';
import { RegistryErrorFilter } from './shared/registry-error.filter';

export interface RegistryAppOptions {
  readonly config: RegistryAppConfig;
  readonly logDestination?: DestinationStream;
}

/** The registry's REST controllers; feature branches add theirs here (exemptions, backtest, retro). */
export const REGISTRY_CONTROLLERS = [
  ListsController,
  ImportsController,
  ProfilesController,
  AuditController,
  ScreenersController,
  BacktestsController,
  RetroScreeningsController,
  ExemptionsController,
];

/** The registry over HTTP: lists, imports, profiles, audit, screeners; sign-in; health and metrics. */
@Module({})
export class RegistryAppModule {
  static forRoot(options: RegistryAppOptions): DynamicModule {
    const { config } = options;
    return {
      module: RegistryAppModule,
      imports: [
        ConfigModule.forRoot(REGISTRY_CONFIG_SECTIONS, { loaded: config }),
        LoggingModule.forRoot({
          service: 'registry',
          level: config.log.level,
          destination: options.logDestination,
        }),
        MetricsModule.forRoot({
          service: 'registry',
          access: { bearerTokenSha256: config.registry.metricsTokenSha256 },
        }),
        RegistryCoreModule.forRoot(config),
        ...REGISTRY_FEATURE_MODULES,
        RetroWorkerModule,
        AuthModule.forRoot({
          redis: REDIS_CLIENT,
          keyPrefix: config.redis.keyPrefix,
          exempt: [HealthController, BearerMetricsController],
        }),
        HealthModule.forRoot({ redis: { client: REDIS_CLIENT } }),
      ],
      controllers: REGISTRY_CONTROLLERS,
      providers: [
        { provide: APP_FILTER, useClass: RegistryErrorFilter },
        {
          provide: RegistryMetrics,
          useFactory: (registry: MetricsRegistry, store: SnapshotStoreRepository) =>
            new RegistryMetrics(registry, async () => (await store.getActive())?.activation),
          inject: [METRICS_REGISTRY, SnapshotStoreRepository],
        },
      ],
    };
  }
}
