import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type Environment } from '@salw/config';
import { KAFKA_CLIENT } from '@salw/messaging';
import { HealthModule, LoggingModule, MetricsModule } from '@salw/observability';
import type { DestinationStream } from 'pino';
import { SCREENER_CONFIG_SECTIONS, type ScreenerAppConfig } from './config/screener-config-sections';
import { ScreenerCoreModule } from './screener-core.module';
import { ScreeningController } from './screening/screening.controller';
import { CONSUMER_READINESS, REDIS_CLIENT, SNAPSHOT_HOLDER } from './screener.tokens';

export interface ScreenerAppOptions {
  readonly config: ScreenerAppConfig;
  readonly env?: Environment;
  readonly logDestination?: DestinationStream;
}

/** The screener: the batch handler, its collaborators, and the ops endpoints (/metrics, /health). */
@Module({})
export class ScreenerAppModule {
  static forRoot(options: ScreenerAppOptions): DynamicModule {
    const { config } = options;
    return {
      module: ScreenerAppModule,
      imports: [
        ConfigModule.forRoot(SCREENER_CONFIG_SECTIONS, { env: options.env }),
        LoggingModule.forRoot({
          service: 'screener',
          level: config.log.level,
          destination: options.logDestination,
        }),
        MetricsModule.forRoot({
          service: 'screener',
          access: { bearerTokenSha256: config.screener.metricsTokenSha256 },
        }),
        ScreenerCoreModule.forRoot(config),
        HealthModule.forRoot({
          kafka: { client: KAFKA_CLIENT },
          redis: { client: REDIS_CLIENT },
          readinessChecks: [SNAPSHOT_HOLDER, CONSUMER_READINESS],
        }),
      ],
      controllers: [ScreeningController],
    };
  }
}
