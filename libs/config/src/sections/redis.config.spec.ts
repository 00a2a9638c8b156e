import { ConfigError } from '../config.error';
import { loadConfig, type Environment } from '../load-config';
import { redisConfig } from './redis.config';

const FILES = new Set(['/etc/redis/ca.pem', '/etc/redis/client.pem', '/etc/redis/client.key']);

function problemsFor(env: Environment): string[] {
  try {
    loadConfig([redisConfig], env, { fileExists: (path) => FILES.has(path) });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('redis configuration section', () => {
  it('reads Sentinel with sentinel credentials, TLS files and replica acknowledgement', () => {
    const config = loadConfig(
      [redisConfig],
      {
        REDIS_URL: 'rediss-sentinel://app:pw@s1:26379,s2:26379/mymaster',
        REDIS_TLS_CA_FILE: '/etc/redis/ca.pem',
        REDIS_TLS_CERT_FILE: '/etc/redis/client.pem',
        REDIS_TLS_KEY_FILE: '/etc/redis/client.key',
        REDIS_SENTINEL_USERNAME: 'sentinel-user',
        REDIS_SENTINEL_PASSWORD: 'sentinel-pw',
        REDIS_WAIT_REPLICAS: '1',
        REDIS_WAIT_TIMEOUT_MS: '500',
      },
      { fileExists: (path) => FILES.has(path) },
    );
    expect(config.redis).toEqual({
      url: 'rediss-sentinel://app:pw@s1:26379,s2:26379/mymaster',
      keyPrefix: 'salw:',
      tlsCaFile: '/etc/redis/ca.pem',
      tlsCertFile: '/etc/redis/client.pem',
      tlsKeyFile: '/etc/redis/client.key',
      sentinelUsername: 'sentinel-user',
      sentinelPassword: 'sentinel-pw',
      waitReplicas: 1,
      waitTimeoutMs: 500,
    });
  });

  it.each<[string, Environment, string[]]>([
    [
      'a sentinel URL without a master, the password masked',
      { REDIS_URL: 'redis-sentinel://app:topsecret@s1:26379' },
      [
        expect.stringMatching(
          /^REDIS_URL: names no master: end it with \/MASTER, the name the sentinels monitor \(forms: redis:\/\//,
        ) as unknown as string,
      ],
    ],
    [
      'a TLS file with a plain-text URL',
      { REDIS_URL: 'redis-cluster://n1:7000', REDIS_TLS_CA_FILE: '/etc/redis/ca.pem' },
      [
        'REDIS_URL: must use a TLS scheme (rediss://, rediss-sentinel:// or rediss-cluster://) when REDIS_TLS_CA_FILE is set',
      ],
    ],
    [
      'a client certificate without its key',
      { REDIS_URL: 'rediss://redis:6379', REDIS_TLS_CERT_FILE: '/etc/redis/client.pem' },
      ['REDIS_TLS_KEY_FILE: is required when REDIS_TLS_CERT_FILE is set'],
    ],
    [
      'a TLS file that does not exist',
      { REDIS_URL: 'rediss://redis:6379', REDIS_TLS_CA_FILE: '/nowhere/ca.pem' },
      ['REDIS_TLS_CA_FILE: must name a readable file (got "/nowhere/ca.pem")'],
    ],
    [
      'sentinel credentials with a single-node URL',
      { REDIS_URL: 'redis://redis:6379', REDIS_SENTINEL_PASSWORD: 'pw' },
      ['REDIS_SENTINEL_PASSWORD: applies only to a redis-sentinel:// or rediss-sentinel:// REDIS_URL'],
    ],
    [
      'replica acknowledgement on a cluster',
      { REDIS_URL: 'redis-cluster://n1:7000', REDIS_WAIT_REPLICAS: '1' },
      [
        'REDIS_WAIT_REPLICAS: must be 0 with a redis-cluster:// URL (WAIT is not sent per shard); see docs/redis.md',
      ],
    ],
  ])('refuses %s', (_case, env, expected) => {
    expect(problemsFor(env)).toEqual(expected);
  });

  it('keeps every secret out of the refusal', () => {
    const problems = problemsFor({
      REDIS_URL: 'redis-cluster://app:topsecret@n1:7000/4',
      REDIS_SENTINEL_PASSWORD: 'sentinelsecret',
    }).join('\n');
    expect(problems).not.toContain('topsecret');
    expect(problems).not.toContain('sentinelsecret');
    expect(problems).toContain('Redis Cluster has only database 0');
  });
});
