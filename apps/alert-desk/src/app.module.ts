import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@salw/auth';
import { APP_CONFIG, configToken } from '@salw/config';
import { Global } from '@nestjs/common';
import { KAFKA_CLIENT } from '@salw/messaging';
import {
  HealthController,
  HealthModule,
  BearerMetricsController,
  LoggingModule,
  MetricsModule,
} from '@salw/observability';
import type { DestinationStream } from 'pino';
import { REDIS_CLIENT } from './alert-desk.tokens';
import { AlertsController } from './api/alerts.controller';
import { PerformanceController } from './api/performance.controller';
import { ALERT_DESK_CONFIG_SECTIONS, type AlertDeskAppConfig } from './config/alert-desk-config-sections';
import { DeskCoreModule } from './desk-core.module';
import { IngestController } from './ingest/ingest.controller';
import { EventsController } from './live/events.controller';

export interface AlertDeskAppOptions {
  readonly config: AlertDeskAppConfig;
  readonly logDestination?: DestinationStream;
}

/** Provides the configuration loaded once by the caller, so the app never reads the environment a second time. */
@Global()
@Module({})
class LoadedConfigModule {
  static of(config: AlertDeskAppConfig): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      ...ALERT_DESK_CONFIG_SECTIONS.map((section) => ({
        provide: configToken(section.name),
        useValue: config[section.name as keyof AlertDeskAppConfig],
      })),
    ];
    return { module: LoadedConfigModule, providers, exports: providers.map((p) => p.provide) };
  }
}

/** The alert desk: worklist API, live events, Kafka handlers, sign-in, and the ops endpoints. */
@Module({})
export class AlertDeskAppModule {
  static forRoot(options: AlertDeskAppOptions): DynamicModule {
    const { config } = options;
    return {
      module: AlertDeskAppModule,
      imports: [
        LoadedConfigModule.of(config),
        LoggingModule.forRoot({
          service: 'alert-desk',
          level: config.log.level,
          destination: options.logDestination,
        }),
        MetricsModule.forRoot({
          service: 'alert-desk',
          access: { bearerTokenSha256: config.alertDesk.metricsTokenSha256 },
        }),
        DeskCoreModule.forRoot(config),
        AuthModule.forRoot({
          redis: REDIS_CLIENT,
          keyPrefix: config.redis.keyPrefix,
          exempt: [HealthController, BearerMetricsController],
        }),
        HealthModule.forRoot({ kafka: { client: KAFKA_CLIENT }, redis: { client: REDIS_CLIENT } }),
      ],
      controllers: [AlertsController, EventsController, PerformanceController, IngestController],
    };
  }
}
