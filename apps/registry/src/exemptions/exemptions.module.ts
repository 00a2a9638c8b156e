import { Module } from '@nestjs/common';
import { AuditLogRepository, ExemptionStoreRepository, KeySpace, type RedisConnection } from '@salw/store';
import { REDIS_CLIENT } from '../registry.tokens';
import { ExemptionRegistryService } from './exemption-registry.service';

/**
 * Exemptions' services for the REST app and the CLI context alike (see registry-features.ts); the
 * routes are `ExemptionsController` in `REGISTRY_CONTROLLERS`. Redis, keys and the audit come from
 * the global core module.
 */
@Module({
  providers: [
    {
      provide: ExemptionStoreRepository,
      useFactory: (redis: RedisConnection, keys: KeySpace) => new ExemptionStoreRepository(redis, keys),
      inject: [REDIS_CLIENT, KeySpace],
    },
    {
      provide: ExemptionRegistryService,
      useFactory: (store: ExemptionStoreRepository, audit: AuditLogRepository) =>
        new ExemptionRegistryService(store, audit),
      inject: [ExemptionStoreRepository, AuditLogRepository],
    },
  ],
  exports: [ExemptionRegistryService, ExemptionStoreRepository],
})
export class ExemptionsModule {}
