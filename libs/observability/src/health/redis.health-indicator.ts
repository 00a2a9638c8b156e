import { problemOf } from './public-health-detail';
import type { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type { Histogram } from 'prom-client';
import type { MetricsRegistry } from '../metrics/metrics-registry';
import { TimeoutError, withTimeout } from './with-timeout';

/** The part of an ioredis client the check uses. */
export interface PingableRedis {
  ping(): Promise<string>;
}

export const REDIS_COMMAND_DURATION_SECONDS = 'salw_redis_command_duration_seconds';

/** The shared latency histogram of Redis commands, labelled by command and outcome (ok, error, timeout). */
export function redisCommandDuration(metrics: MetricsRegistry): Histogram<'command' | 'outcome'> {
  return metrics.histogram({
    name: REDIS_COMMAND_DURATION_SECONDS,
    help: 'Time a Redis command took, from send to answer (or to giving up)',
    labelNames: ['command', 'outcome'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  });
}

/**
 * Redis is ready when PING answers PONG within the timeout. Pings the app's own client, so the
 * answer reflects the connection the app really uses; the client's owner opens and closes it.
 */
export class RedisHealthIndicator {
  private readonly duration: Histogram<'command' | 'outcome'>;

  constructor(
    private readonly redis: PingableRedis,
    private readonly indicators: HealthIndicatorService,
    metrics: MetricsRegistry,
    private readonly timeoutMs: number,
    readonly key = 'redis',
  ) {
    this.duration = redisCommandDuration(metrics);
  }

  async check(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(this.key);
    const started = process.hrtime.bigint();
    const elapsedSeconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const answer = await withTimeout(this.redis.ping(), this.timeoutMs, 'Redis PING');
      const seconds = elapsedSeconds();
      this.duration.observe({ command: 'ping', outcome: 'ok' }, seconds);
      if (answer !== 'PONG') return indicator.down({ problem: 'unexpected answer' });
      return indicator.up({ latencySeconds: Number(seconds.toFixed(6)) });
    } catch (error) {
      this.duration.observe(
        { command: 'ping', outcome: error instanceof TimeoutError ? 'timeout' : 'error' },
        elapsedSeconds(),
      );
      return indicator.down(problemOf(error));
    }
  }
}
