import { Type, type Static } from '@sinclair/typebox';
import { defineConfigSection } from '../config-section';

export const RedisConfigSchema = Type.Object(
  {
    url: Type.String({ pattern: '^rediss?://[^\\s]+$', default: 'redis://127.0.0.1:6379' }),
    keyPrefix: Type.String({ pattern: '^[A-Za-z0-9:._-]{0,64}$', default: 'salw:' }),
  },
  { additionalProperties: false },
);

export type RedisConfig = Static<typeof RedisConfigSchema>;

/** Where the Redis that holds watchlists, profiles and the worklist lives, and the prefix of every key. */
export const redisConfig = defineConfigSection({
  name: 'redis',
  schema: RedisConfigSchema,
  env: {
    REDIS_URL: {
      field: 'url',
      kind: 'string',
      expect: 'a redis:// or rediss:// URL without spaces',
      secret: 'url-credentials',
    },
    REDIS_KEY_PREFIX: {
      field: 'keyPrefix',
      kind: 'string',
      expect: 'at most 64 letters, digits, ":", ".", "_" or "-"',
    },
  },
});
