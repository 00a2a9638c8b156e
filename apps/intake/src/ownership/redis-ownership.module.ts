import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { REDIS_CONFIG, type RedisConfig } from '@salw/config';
import { LOGGER } from '@salw/observability';
import {
  createRedisClient,
  DeclarationOwnerRepository,
  keySpaceFor,
  type RedisConnection,
} from '@salw/store';
import type { Logger } from 'pino';
import { DeclarationOwnership } from './declaration-ownership';
import { INTAKE_REDIS } from './intake-redis.token';
import { RedisDeclarationOwnership } from './redis-declaration-ownership';

/** The real {@link DeclarationOwnership}: the intake's Redis client and the owner repository. */
@Global()
@Module({
  providers: [
    {
      provide: INTAKE_REDIS,
      useFactory: (config: RedisConfig, logger: Logger) => {
        const redis = createRedisClient(config, { connectionName: 'salw-intake' });
        // Reconnects on its own; until it answers, submissions get 503 and readiness says redis.
        redis.connect().catch((error: unknown) => logger.warn({ err: error }, 'Redis not reachable yet'));
        return redis;
      },
      inject: [REDIS_CONFIG, LOGGER],
    },
    {
      provide: DeclarationOwnership,
      useFactory: (redis: RedisConnection, config: RedisConfig) =>
        new RedisDeclarationOwnership(new DeclarationOwnerRepository(redis, keySpaceFor(config))),
      inject: [INTAKE_REDIS, REDIS_CONFIG],
    },
  ],
  exports: [DeclarationOwnership, INTAKE_REDIS],
})
export class RedisOwnershipModule implements OnApplicationShutdown {
  constructor(@Inject(INTAKE_REDIS) private readonly redis: RedisConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
