import { Type, type Static } from '@sinclair/typebox';
import { defineConfigSection } from '../config-section';
import type { ConfigProblem } from '../config.error';
import { parseRedisUrl, REDIS_URL_FORMS, RedisUrlError } from './redis-url';

export const RedisConfigSchema = Type.Object(
  {
    url: Type.String({
      pattern: '^rediss?(-sentinel|-cluster)?://[^\\s]+$',
      default: 'redis://127.0.0.1:6379',
    }),
    keyPrefix: Type.String({ pattern: '^[A-Za-z0-9:._-]{0,64}$', default: 'salw:' }),
    tlsCaFile: Type.Optional(Type.String({ minLength: 1 })),
    tlsCertFile: Type.Optional(Type.String({ minLength: 1 })),
    tlsKeyFile: Type.Optional(Type.String({ minLength: 1 })),
    sentinelUsername: Type.Optional(Type.String({ minLength: 1 })),
    sentinelPassword: Type.Optional(Type.String({ minLength: 1 })),
    waitReplicas: Type.Integer({ minimum: 0, maximum: 10, default: 0 }),
    waitTimeoutMs: Type.Integer({ minimum: 10, maximum: 60_000, default: 1_000 }),
  },
  { additionalProperties: false },
);

export type RedisConfig = Static<typeof RedisConfigSchema>;

function redisCrossCheck(config: RedisConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  let kind: string | undefined;
  let tls = false;
  try {
    const topology = parseRedisUrl(config.url);
    kind = topology.kind;
    tls = topology.tls;
  } catch (error) {
    if (!(error instanceof RedisUrlError)) throw error;
    problems.push({ variable: 'REDIS_URL', message: `${error.message} (forms: ${REDIS_URL_FORMS})` });
  }
  const tlsFiles = [
    ['REDIS_TLS_CA_FILE', config.tlsCaFile],
    ['REDIS_TLS_CERT_FILE', config.tlsCertFile],
    ['REDIS_TLS_KEY_FILE', config.tlsKeyFile],
  ].filter(([, path]) => path !== undefined);
  // A TLS file with a plain-text URL would be silently ignored; the operator almost certainly meant rediss.
  if (kind !== undefined && !tls && tlsFiles.length > 0)
    problems.push({
      variable: 'REDIS_URL',
      message: `must use a TLS scheme (rediss://, rediss-sentinel:// or rediss-cluster://) when ${tlsFiles.map(([v]) => v).join(', ')} is set`,
    });
  if ((config.tlsCertFile === undefined) !== (config.tlsKeyFile === undefined))
    problems.push({
      variable: config.tlsCertFile === undefined ? 'REDIS_TLS_CERT_FILE' : 'REDIS_TLS_KEY_FILE',
      message: `is required when ${config.tlsCertFile === undefined ? 'REDIS_TLS_KEY_FILE' : 'REDIS_TLS_CERT_FILE'} is set`,
    });
  const sentinelAuth = [
    ['REDIS_SENTINEL_USERNAME', config.sentinelUsername],
    ['REDIS_SENTINEL_PASSWORD', config.sentinelPassword],
  ].filter(([, value]) => value !== undefined);
  if (kind !== undefined && kind !== 'sentinel' && sentinelAuth.length > 0)
    problems.push({
      variable: sentinelAuth[0]?.[0] as string,
      message: 'applies only to a redis-sentinel:// or rediss-sentinel:// REDIS_URL',
    });
  if (config.sentinelUsername !== undefined && config.sentinelPassword === undefined)
    problems.push({
      variable: 'REDIS_SENTINEL_PASSWORD',
      message: 'is required when REDIS_SENTINEL_USERNAME is set',
    });
  if (kind === 'cluster' && config.waitReplicas > 0)
    problems.push({
      variable: 'REDIS_WAIT_REPLICAS',
      message: 'must be 0 with a redis-cluster:// URL (WAIT is not sent per shard); see docs/redis.md',
    });
  return problems;
}

/** Where the Redis that holds watchlists, profiles and the worklist lives, and the prefix of every key. */
export const redisConfig = defineConfigSection({
  name: 'redis',
  schema: RedisConfigSchema,
  env: {
    REDIS_URL: {
      field: 'url',
      kind: 'string',
      expect:
        'a redis://, rediss://, redis-sentinel://, rediss-sentinel://, redis-cluster:// or rediss-cluster:// URL without spaces',
      secret: 'url-credentials',
    },
    REDIS_KEY_PREFIX: {
      field: 'keyPrefix',
      kind: 'string',
      expect: 'at most 64 letters, digits, ":", ".", "_" or "-"',
    },
    REDIS_TLS_CA_FILE: { field: 'tlsCaFile', kind: 'file', expect: 'the path of a PEM CA certificate file' },
    REDIS_TLS_CERT_FILE: {
      field: 'tlsCertFile',
      kind: 'file',
      expect: 'the path of a PEM client certificate file',
    },
    REDIS_TLS_KEY_FILE: { field: 'tlsKeyFile', kind: 'file', expect: 'the path of a PEM private key file' },
    REDIS_SENTINEL_USERNAME: {
      field: 'sentinelUsername',
      kind: 'string',
      expect: 'the ACL user the sentinels require (non-empty)',
    },
    REDIS_SENTINEL_PASSWORD: {
      field: 'sentinelPassword',
      kind: 'string',
      expect: 'the password the sentinels require (non-empty)',
      secret: 'full',
    },
    REDIS_WAIT_REPLICAS: {
      field: 'waitReplicas',
      kind: 'integer',
      expect: 'an integer from 0 to 10: replicas that must acknowledge a screening-ledger write',
    },
    REDIS_WAIT_TIMEOUT_MS: {
      field: 'waitTimeoutMs',
      kind: 'integer',
      expect: 'an integer number of milliseconds between 10 and 60000',
    },
  },
  crossCheck: redisCrossCheck,
});
