import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@salw/config';
import { KAFKA_CLIENT, KafkaClientModule } from '@salw/messaging';
import { HealthModule, LoggingModule, MetricsModule } from '@salw/observability';
import type { DestinationStream } from 'pino';
import { SCREENER_CONFIG_SECTIONS, type ScreenerAppConfig } from './config/screener-config-sections';
import { ScreenerCoreModule } from './screener-core.module';
import { ConsumerReadiness } from './screening/consumer-readiness';
import { PassThroughController } from './screening/pass-through.controller';
import { ScreeningController } from './screening/screening.controller';
import { REDIS_CLIENT } from './screener.tokens';
import { SnapshotHolder } from './snapshot/snapshot-holder';

export interface ScreenerAppOptions {
  /** The configuration `main` loaded and validated; the modules take it as it is (one load per process). */
  readonly config: ScreenerAppConfig;
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
        ConfigModule.forRoot(SCREENER_CONFIG_SECTIONS, { loaded: config }),
        LoggingModule.forRoot({
          service: 'screener',
          level: config.log.level,
          destination: options.logDestination,
        }),
        MetricsModule.forRoot({
          service: 'screener',
          access: { bearerTokenSha256: config.screener.metricsTokenSha256 },
        }),
        KafkaClientModule.forRoot({ clientId: `${config.kafka.clientId}-screener` }),
        ScreenerCoreModule,
        HealthModule.forRoot({
          kafka: { client: KAFKA_CLIENT },
          redis: { client: REDIS_CLIENT },
          readinessChecks: [SnapshotHolder, ConsumerReadiness],
        }),
      ],
      // One handler of the declarations topic: the screening one, or the benchmarks' baseline.
      controllers: [config.screener.mode === 'pass-through' ? PassThroughController : ScreeningController],
    };
  }
}
