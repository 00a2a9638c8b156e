import { Module, type DynamicModule } from '@nestjs/common';
import { KAFKA_CLIENT } from '@salw/messaging';
import {
  AuditLogRepository,
  ExemptionStoreRepository,
  SnapshotStoreRepository,
  StoredVersionsRepository,
} from '@salw/store';
import type { RegistryAppConfig } from '../config/registry-config-sections';
import { ExemptionsModule } from '../exemptions/exemptions.module';
import { built } from '../shared/built-provider';
import { RetroScreeningService } from './retro-screening.service';

/** The retro-screening service, for the REST app and the CLI alike (global: the app's worker uses it too). */
@Module({})
export class RetroModule {
  static forRoot(config: RegistryAppConfig): DynamicModule {
    return {
      module: RetroModule,
      global: true,
      imports: [ExemptionsModule],
      providers: [
        built(
          RetroScreeningService,
          [
            SnapshotStoreRepository,
            StoredVersionsRepository,
            AuditLogRepository,
            ExemptionStoreRepository,
            KAFKA_CLIENT,
          ],
          { topicPrefix: config.kafka.topicPrefix, days: config.retro.days },
        ),
      ],
      exports: [RetroScreeningService],
    };
  }
}
