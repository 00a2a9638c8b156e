import {
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule, LOG_CONFIG, type Environment, type LogConfig } from '@salw/config';
import { KAFKA_CLIENT } from '@salw/messaging';
import { HealthModule, LoggingModule } from '@salw/observability';
import type { DestinationStream } from 'pino';
import { parseApiKeyEntries } from './auth/api-key-entry';
import { ApiKeyGuard } from './auth/api-key.guard';
import { ApiKeyRegistry } from './auth/api-key.registry';
import { Clock, SystemClock } from './clock';
import { INTAKE_CONFIG_SECTIONS } from './config/intake-config-sections';
import { INTAKE_CONFIG, type IntakeConfig } from './config/intake.config';
import { BatchIntakeService } from './declarations/batch-intake.service';
import { DeclarationIntakeService } from './declarations/declaration-intake.service';
import { DeclarationsController } from './declarations/declarations.controller';
import { IntakeExceptionFilter } from './http/intake-exception.filter';
import { RequestContextMiddleware } from './http/request-context.middleware';
import { IntakeMetricsModule } from './metrics/intake-metrics.module';
import { MetricsController } from './metrics/metrics.controller';
import { INTAKE_REDIS } from './ownership/intake-redis.token';
import { RedisOwnershipModule } from './ownership/redis-ownership.module';
import { DeclarationPublisher } from './publishing/declaration-publisher';
import { KafkaPublishingModule } from './publishing/kafka-publishing.module';

export interface IntakeAppOptions {
  /** The environment to configure from; the process environment when absent. */
  readonly env?: Environment;
  /**
   * A global module exporting `DeclarationPublisher`. The Kafka one when absent; tests pass a fake,
   * and then readiness has no Kafka indicator.
   */
  readonly publishing?: DynamicModule;
  /** Where JSON log lines go; stdout when absent. */
  readonly logDestination?: DestinationStream;
  readonly clock?: Clock;
  /**
   * A global module exporting `DeclarationOwnership`. Redis when absent; tests pass an in-memory one,
   * and then readiness has no Redis indicator.
   */
  readonly ownership?: DynamicModule;
}

@Module({})
export class IntakeAppModule implements NestModule {
  static forRoot(options: IntakeAppOptions = {}): DynamicModule {
    const realKafka = options.publishing === undefined;
    const realRedis = options.ownership === undefined;
    return {
      module: IntakeAppModule,
      imports: [
        ConfigModule.forRoot(INTAKE_CONFIG_SECTIONS, { env: options.env }),
        LoggingModule.forRootAsync({
          inject: [LOG_CONFIG],
          useFactory: (log: LogConfig) => ({
            service: 'intake',
            level: log.level,
            destination: options.logDestination,
          }),
        }),
        IntakeMetricsModule,
        options.publishing ?? { module: KafkaPublishingModule },
        options.ownership ?? { module: RedisOwnershipModule },
        HealthModule.forRoot({
          kafka: realKafka ? { client: KAFKA_CLIENT } : undefined,
          redis: realRedis ? { client: INTAKE_REDIS } : undefined,
          readinessChecks: [DeclarationPublisher],
        }),
      ],
      // Both controllers sit here, beside the guard and the key registry they need.
      controllers: [DeclarationsController, MetricsController],
      providers: [
        {
          provide: ApiKeyRegistry,
          useFactory: (config: IntakeConfig) => {
            const parsed = parseApiKeyEntries(config.apiKeys);
            if (!parsed.ok) throw new Error(`INTAKE_API_KEYS: ${parsed.problems.join('; ')}`);
            return new ApiKeyRegistry(parsed.entries);
          },
          inject: [INTAKE_CONFIG],
        },
        ApiKeyGuard,
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        DeclarationIntakeService,
        BatchIntakeService,
        { provide: APP_FILTER, useClass: IntakeExceptionFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
