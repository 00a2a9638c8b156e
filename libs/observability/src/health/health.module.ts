import {
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type Provider,
} from '@nestjs/common';
import { HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import type { Kafka } from 'kafkajs';
import { METRICS_REGISTRY } from '../metrics/metrics.constants';
import type { MetricsRegistry } from '../metrics/metrics-registry';
import {
  DEFAULT_HEALTH_TIMEOUT_MS,
  KAFKA_HEALTH_INDICATOR,
  READINESS_CHECKS,
  REDIS_HEALTH_INDICATOR,
} from './health.constants';
import { HealthController } from './health.controller';
import { KafkaHealthIndicator } from './kafka.health-indicator';
import type { ReadinessCheck } from './readiness-check';
import { RedisHealthIndicator, type PingableRedis } from './redis.health-indicator';

export interface HealthModuleOptions extends Pick<ModuleMetadata, 'imports'> {
  /** Token of the app's kafkajs `Kafka` client; readiness then includes `kafka`. */
  readonly kafka?: { readonly client: InjectionToken<Kafka>; readonly timeoutMs?: number };
  /** Token of the app's ioredis client; readiness then includes `redis`. */
  readonly redis?: { readonly client: InjectionToken<PingableRedis>; readonly timeoutMs?: number };
  /** Tokens of app providers implementing `ReadinessCheck`, exported by a module in `imports` or global. */
  readonly readinessChecks?: readonly InjectionToken<ReadinessCheck>[];
}

/**
 * `GET /health/live` and `GET /health/ready` (terminus). Needs `MetricsModule.forRoot` in the app
 * (the Redis check records its latency there).
 */
@Module({})
export class HealthModule {
  static forRoot(options: HealthModuleOptions = {}): DynamicModule {
    const providers: Provider[] = [
      {
        provide: READINESS_CHECKS,
        useFactory: (...checks: ReadinessCheck[]) => checks,
        inject: [...(options.readinessChecks ?? [])],
      },
    ];
    if (options.kafka) {
      const { client, timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS } = options.kafka;
      providers.push({
        provide: KAFKA_HEALTH_INDICATOR,
        useFactory: (kafka: Kafka, indicators: HealthIndicatorService) =>
          new KafkaHealthIndicator(kafka, indicators, timeoutMs),
        inject: [client, HealthIndicatorService],
      });
    }
    if (options.redis) {
      const { client, timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS } = options.redis;
      providers.push({
        provide: REDIS_HEALTH_INDICATOR,
        useFactory: (redis: PingableRedis, indicators: HealthIndicatorService, metrics: MetricsRegistry) =>
          new RedisHealthIndicator(redis, indicators, metrics, timeoutMs),
        inject: [client, HealthIndicatorService, METRICS_REGISTRY],
      });
    }
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), ...(options.imports ?? [])],
      controllers: [HealthController],
      providers,
    };
  }
}
