import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redisConfig, loadConfig, type Environment } from '@salw/config';
import type { Cluster, Redis } from 'ioredis';
import { createRedisClient } from './create-redis-client';
import { isCluster } from './redis-connection';

/** The client each REDIS_URL form builds (lazy: nothing connects here). */
describe('createRedisClient', () => {
  const dir = mkdtempSync(join(tmpdir(), 'salw-redis-tls-'));
  const ca = join(dir, 'ca.pem');
  writeFileSync(ca, 'not a real certificate, only read here');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const build = (env: Environment) =>
    createRedisClient(loadConfig([redisConfig], env).redis, { connectionName: 'salw-spec' });

  it('builds one node with the ACL user, database and connection name', () => {
    const redis = build({ REDIS_URL: 'redis://app:pw@redis.example:6380/2' }) as Redis;
    expect(isCluster(redis)).toBe(false);
    expect(redis.options).toMatchObject({
      host: 'redis.example',
      port: 6380,
      db: 2,
      username: 'app',
      password: 'pw',
      connectionName: 'salw-spec',
      enableOfflineQueue: false,
    });
    expect(redis.options.tls).toBeUndefined();
  });

  it('builds a Sentinel client: every sentinel, the master name, sentinel auth and TLS with the CA file', () => {
    const redis = build({
      REDIS_URL: 'rediss-sentinel://app:pw@s1:26379,s2:26380/mymaster',
      REDIS_SENTINEL_PASSWORD: 'sentinel-pw',
      REDIS_TLS_CA_FILE: ca,
    }) as Redis;
    expect(isCluster(redis)).toBe(false);
    expect(redis.options).toMatchObject({
      sentinels: [
        { host: 's1', port: 26379 },
        { host: 's2', port: 26380 },
      ],
      name: 'mymaster',
      username: 'app',
      password: 'pw',
      sentinelPassword: 'sentinel-pw',
      enableTLSForSentinelMode: true,
      failoverDetector: true,
    });
    expect(String(redis.options.tls?.ca)).toBe('not a real certificate, only read here');
  });

  it('builds a Cluster client with the seed nodes and the credentials for every node', () => {
    const redis = build({ REDIS_URL: 'redis-cluster://app:pw@n1:7000,n2:7001' }) as Cluster;
    expect(isCluster(redis)).toBe(true);
    expect((redis as unknown as { startupNodes: unknown }).startupNodes).toEqual([
      { host: 'n1', port: 7000 },
      { host: 'n2', port: 7001 },
    ]);
    expect(redis.options.redisOptions).toMatchObject({
      username: 'app',
      password: 'pw',
      connectionName: 'salw-spec',
    });
    expect(redis.options.enableAutoPipelining).toBe(true);
  });
});
