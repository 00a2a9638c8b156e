import { Controller, Get, Inject, Optional } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';
import { KAFKA_HEALTH_INDICATOR, READINESS_CHECKS, REDIS_HEALTH_INDICATOR } from './health.constants';
import type { KafkaHealthIndicator } from './kafka.health-indicator';
import { problemOf, publicDetail } from './public-health-detail';
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

  /** 200 when every dependency answers; 503 naming each component that does not, under `error`, without error text. */
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
          // A component that is down may carry an error's text in its detail: only safe values are shown.
          return state.ready ? indicator.up({ ...state.detail }) : indicator.down(publicDetail(state.detail));
        } catch (error) {
          return indicator.down(problemOf(error));
        }
      });
    }
    return this.health.check(checks);
  }
}
