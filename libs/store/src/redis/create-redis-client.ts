import Redis, { type RedisOptions } from 'ioredis';
import type { RedisConfig } from '@salw/config';

export interface RedisClientOptions {
  /** Name shown in `CLIENT LIST`, so an operator can tell the screener's connections from the intake's. */
  readonly connectionName: string;
  /**
   * Queue commands while disconnected (true) or fail them at once (false). The screener fails fast:
   * an error pauses consumption, where a queue would hide the outage until memory runs out.
   */
  readonly offlineQueue?: boolean;
}

/**
 * One ioredis client from validated configuration. Reconnects forever with a capped backoff; every
 * command fails after one retry so callers see an outage instead of hanging.
 */
export function createRedisClient(config: RedisConfig, options: RedisClientOptions): Redis {
  const redisOptions: RedisOptions = {
    connectionName: options.connectionName,
    lazyConnect: true,
    enableOfflineQueue: options.offlineQueue ?? false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    commandTimeout: 5_000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 5), 2_000),
  };
  return new Redis(config.url, redisOptions);
}
