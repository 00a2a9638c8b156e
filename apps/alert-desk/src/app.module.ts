import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@salw/auth';
import { ConfigModule } from '@salw/config';
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

/** The alert desk: worklist API, live events, Kafka handlers, sign-in, and the ops endpoints. */
@Module({})
export class AlertDeskAppModule {
  static forRoot(options: AlertDeskAppOptions): DynamicModule {
    const { config } = options;
    return {
      module: AlertDeskAppModule,
      imports: [
        ConfigModule.forRoot(ALERT_DESK_CONFIG_SECTIONS, { loaded: config }),
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
