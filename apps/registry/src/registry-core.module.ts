import {
  Global,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { createKafka, KAFKA_CLIENT } from '@salw/messaging';
import { LOGGER } from '@salw/observability';
import {
  AuditLogRepository,
  createRedisClient,
  KeySpace,
  keySpaceFor,
  ScreenerHeartbeatRepository,
  SnapshotStoreRepository,
  StoredVersionsRepository,
  type RedisConnection,
} from '@salw/store';
import type { Logger } from 'pino';
import type { RegistryAppConfig } from './config/registry-config-sections';
import { ImportService } from './imports/import.service';
import { ListRegistryService } from './lists/list-registry.service';
import { ProfileRegistryService } from './profiles/profile-registry.service';
import { REDIS_CLIENT } from './registry.tokens';
import { ScreenerDirectoryService } from './screeners/screener-directory.service';
import { SeedService } from './seed/seed.service';
import { built } from './shared/built-provider';

/** Connects Redis when the app (or the CLI's context) starts and closes it at the end. */
class RegistryLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(private readonly redis: RedisConnection) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.redis.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * The registry's connections, repositories and services, wired from the validated configuration.
 * The REST app and the CLI both build their services from this module, so a command and a route
 * do the same thing. Global so feature modules (exemptions, backtest) reach the connections.
 */
@Global()
@Module({})
export class RegistryCoreModule {
  static forRoot(
    config: RegistryAppConfig,
    options: { readonly connectionName?: string } = {},
  ): DynamicModule {
    return {
      module: RegistryCoreModule,
      providers: [
        {
          provide: REDIS_CLIENT,
          useFactory: () =>
            createRedisClient(config.redis, {
              connectionName: options.connectionName ?? 'salw-registry',
              offlineQueue: true,
            }),
        },
        built(RegistryLifecycle, [REDIS_CLIENT]),
        {
          provide: KAFKA_CLIENT,
          useFactory: (logger: Logger) =>
            createKafka(config.kafka, { logger, clientId: `${config.kafka.clientId}-registry` }),
          inject: [LOGGER],
        },
        { provide: KeySpace, useValue: keySpaceFor(config.redis) },
        built(SnapshotStoreRepository, [REDIS_CLIENT, KeySpace]),
        built(StoredVersionsRepository, [REDIS_CLIENT, KeySpace]),
        built(AuditLogRepository, [REDIS_CLIENT, KeySpace]),
        built(ScreenerHeartbeatRepository, [REDIS_CLIENT, KeySpace]),
        built(
          ListRegistryService,
          [REDIS_CLIENT, KeySpace, SnapshotStoreRepository, StoredVersionsRepository],
          config.registry.keepVersions,
        ),
        built(ImportService, [
          REDIS_CLIENT,
          KeySpace,
          SnapshotStoreRepository,
          ListRegistryService,
          AuditLogRepository,
        ]),
        built(SeedService, [SnapshotStoreRepository, ListRegistryService, AuditLogRepository]),
        built(ScreenerDirectoryService, [ScreenerHeartbeatRepository, SnapshotStoreRepository]),
        built(ProfileRegistryService, [
          SnapshotStoreRepository,
          StoredVersionsRepository,
          AuditLogRepository,
        ]),
      ],
      exports: [
        REDIS_CLIENT,
        KAFKA_CLIENT,
        KeySpace,
        SnapshotStoreRepository,
        StoredVersionsRepository,
        AuditLogRepository,
        ScreenerHeartbeatRepository,
        ListRegistryService,
        ImportService,
        ProfileRegistryService,
        ScreenerDirectoryService,
        SeedService,
      ],
    };
  }
}
