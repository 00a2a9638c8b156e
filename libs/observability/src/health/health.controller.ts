import { Controller, Get, Inject, Optional } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';
import { KAFKA_HEALTH_INDICATOR, READINESS_CHECKS, REDIS_HEALTH_INDICATOR } from './health.constants';
import type { KafkaHealthIndicator } from './kafka.health-indicator';
import type { ReadinessCheck } from './readiness-check';
import type { RedisHealthIndicator } from './redis.health-indicator';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(READINESS_CHECKS) private readonly readinessChecks: ReadinessCheck[],
    @Optional() @Inject(KAFKA_HEALTH_INDICATOR) private readonly kafka?: KafkaHealthIndicator,
    @Optional() @Inject(REDIS_HEALTH_INDICATOR) private readonly redis?: RedisHealthIndicator,
  ) {}

  /** The process runs and serves HTTP; a failing dependency must not get it restarted. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** 200 when every dependency answers; 503 naming each component that does not, under `error`. */
  @Get('ready')
  @HealthCheck()
  ready() {
    const checks: HealthIndicatorFunction[] = [];
    const kafka = this.kafka;
    const redis = this.redis;
    if (kafka) checks.push(() => kafka.check());
    if (redis) checks.push(() => redis.check());
    for (const readiness of this.readinessChecks) {
      checks.push(async () => {
        const indicator = this.indicators.check(readiness.name);
        try {
          const state = await readiness.isReady();
          return state.ready ? indicator.up({ ...state.detail }) : indicator.down({ ...state.detail });
        } catch (error) {
          return indicator.down({ message: error instanceof Error ? error.message : String(error) });
        }
      });
    }
    return this.health.check(checks);
  }
}
