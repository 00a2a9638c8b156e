import { Module } from '@nestjs/common';
import { AuditLogRepository, ExemptionStoreRepository, KeySpace } from '@salw/store';
import { REDIS_CLIENT } from '../registry.tokens';
import { built } from '../shared/built-provider';
import { ExemptionRegistryService } from './exemption-registry.service';

/**
 * Exemptions' services for the REST app and the CLI context alike (see registry-features.ts); the
 * routes are `ExemptionsController` in `REGISTRY_CONTROLLERS`. Redis, keys and the audit come from
 * the global core module.
 */
@Module({
  providers: [
    built(ExemptionStoreRepository, [REDIS_CLIENT, KeySpace]),
    built(ExemptionRegistryService, [ExemptionStoreRepository, AuditLogRepository]),
  ],
  exports: [ExemptionRegistryService, ExemptionStoreRepository],
})
export class ExemptionsModule {}
