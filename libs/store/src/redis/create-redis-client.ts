import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import Redis, { Cluster, type RedisOptions } from 'ioredis';
import { parseRedisUrl, type RedisConfig } from '@salw/config';
import type { RedisConnection } from './redis-connection';

export interface RedisClientOptions {
  /** Name shown in `CLIENT LIST`, so an operator can tell the screener's connections from the intake's. */
  readonly connectionName: string;
  /**
   * Queue commands while disconnected (true) or fail them at once (false). The screener fails fast:
   * an error pauses consumption, where a queue would hide the outage until memory runs out.
   */
  readonly offlineQueue?: boolean;
}

/** Capped exponential backoff between reconnection attempts, forever. */
const retryStrategy = (attempt: number): number => Math.min(100 * 2 ** Math.min(attempt, 5), 2_000);

/**
 * One ioredis client from validated configuration (REDIS_URL forms in docs/redis.md): a `Redis` for
 * one node or for the master a set of sentinels names (it follows a failover by itself), a `Cluster`
 * for Redis Cluster. Reconnects forever with a capped backoff; every command fails after one retry so
 * callers see an outage instead of hanging.
 */
export function createRedisClient(config: RedisConfig, options: RedisClientOptions): RedisConnection {
  const topology = parseRedisUrl(config.url);
  const tls = topology.tls ? tlsOptions(config) : undefined;
  const common: RedisOptions = {
    connectionName: options.connectionName,
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    commandTimeout: 5_000,
    ...(topology.username !== undefined ? { username: topology.username } : {}),
    ...(topology.password !== undefined ? { password: topology.password } : {}),
    ...(tls ? { tls } : {}),
  };
  const enableOfflineQueue = options.offlineQueue ?? false;
  if (topology.kind === 'cluster') {
    return new Cluster(
      topology.nodes.map(({ host, port }) => ({ host, port })),
      {
        lazyConnect: true,
        enableOfflineQueue,
        clusterRetryStrategy: retryStrategy,
        // A command sent while a slot moves or a replica takes over is retried on the new owner.
        retryDelayOnFailover: 200,
        retryDelayOnClusterDown: 200,
        // Commands for one node issued in the same tick go out as one write (the per-slot groups of the store).
        enableAutoPipelining: true,
        redisOptions: common,
      },
    );
  }
  if (topology.kind === 'sentinel') {
    return new Redis({
      ...common,
      enableOfflineQueue,
      retryStrategy,
      sentinels: topology.sentinels.map(({ host, port }) => ({ host, port })),
      name: topology.masterName,
      db: topology.db,
      // Reconnect to the new master as soon as a sentinel announces the switch, not at the next error.
      failoverDetector: true,
      // A master turned replica answers writes with READONLY: reconnect (to the new master) and resend.
      reconnectOnError: (error) => (error.message.startsWith('READONLY') ? 2 : false),
      ...(config.sentinelUsername !== undefined ? { sentinelUsername: config.sentinelUsername } : {}),
      ...(config.sentinelPassword !== undefined ? { sentinelPassword: config.sentinelPassword } : {}),
      ...(tls ? { enableTLSForSentinelMode: true, sentinelTLS: tls } : {}),
    });
  }
  return new Redis({
    ...common,
    enableOfflineQueue,
    retryStrategy,
    host: topology.node.host,
    port: topology.node.port,
    db: topology.db,
  });
}

/** TLS towards Redis: the CA and client certificate files of the configuration, read at start-up. */
function tlsOptions(config: RedisConfig): ConnectionOptions {
  return {
    ...(config.tlsCaFile !== undefined ? { ca: readFileSync(config.tlsCaFile) } : {}),
    ...(config.tlsCertFile !== undefined ? { cert: readFileSync(config.tlsCertFile) } : {}),
    ...(config.tlsKeyFile !== undefined ? { key: readFileSync(config.tlsKeyFile) } : {}),
  };
}
