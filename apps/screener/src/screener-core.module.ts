import {
  Global,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { REDIS_CONFIG, type RedisConfig } from '@salw/config';
import { ActiveSnapshotPort, BatchTraderHistoryPort, ScreeningLedgerPort } from '@salw/screening';
import {
  createRedisClient,
  ExemptionStoreRepository,
  KeySpace,
  keySpaceFor,
  replicaAcknowledgementFor,
  RedisTraderHistory,
  ScreenerHeartbeatRepository,
  ScreeningLedgerRepository,
  SnapshotStoreRepository,
  type RedisConnection,
} from '@salw/store';
import { SCREENER_CONFIG, type ScreenerConfig } from './config/screener.config';
import { ScreenerMetrics } from './metrics/screener.metrics';
import { ConsumerReadiness } from './screening/consumer-readiness';
import { ScreenerEvents } from './screening/screener-events';
import { ScreenerHeartbeat } from './snapshot/screener-heartbeat';
import { SnapshotHolder } from './snapshot/snapshot-holder';
import { ExemptionsHolder } from './exemptions/exemptions-holder';
import { REDIS_CLIENT, REDIS_SUBSCRIBER } from './screener.tokens';

/** Starts the snapshot holder once the app is up; closes the connections the module opened. */
@Injectable()
class ScreenerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(SnapshotHolder) private readonly holder: SnapshotHolder,
    @Inject(ExemptionsHolder) private readonly exemptions: ExemptionsHolder,
    @Inject(ScreenerHeartbeat) private readonly heartbeat: ScreenerHeartbeat,
    @Inject(REDIS_CLIENT) private readonly redis: RedisConnection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.redis.connect().catch(() => undefined); // reconnects by itself; readiness reports it meanwhile
    await this.holder.start();
    await this.exemptions.start();
    this.heartbeat.start();
  }

  /**
   * After the app is disposed, i.e. after the Kafka transport has finished and committed its batch in
   * flight: closing Redis earlier (onModuleDestroy) would fail that batch.
   */
  async onApplicationShutdown(): Promise<void> {
    await this.heartbeat.stop();
    await this.exemptions.stop();
    await this.holder.stop();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * The screener's Redis connections and what lives in Redis (ledger, trader history, stored
 * snapshots), bound to the screening core's ports; the snapshot holder; metrics and readiness.
 * Global so the health module and the handler reach them. Needs the screener's ConfigModule.
 */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      useFactory: (redis: RedisConfig) => createRedisClient(redis, { connectionName: 'salw-screener' }),
      inject: [REDIS_CONFIG],
    },
    {
      provide: REDIS_SUBSCRIBER,
      useFactory: (redis: RedisConfig) =>
        createRedisClient(redis, { connectionName: 'salw-screener-sub', offlineQueue: true }),
      inject: [REDIS_CONFIG],
    },
    {
      provide: KeySpace,
      useFactory: (redis: RedisConfig) => keySpaceFor(redis),
      inject: [REDIS_CONFIG],
    },
    {
      provide: SnapshotStoreRepository,
      useFactory: (redis: RedisConnection, keys: KeySpace) => new SnapshotStoreRepository(redis, keys),
      inject: [REDIS_CLIENT, KeySpace],
    },
    {
      provide: ScreeningLedgerRepository,
      useFactory: (redis: RedisConnection, keys: KeySpace, screener: ScreenerConfig, config: RedisConfig) =>
        new ScreeningLedgerRepository(
          redis,
          keys,
          screener.ledgerRetentionDays * 86_400,
          replicaAcknowledgementFor(config),
        ),
      inject: [REDIS_CLIENT, KeySpace, SCREENER_CONFIG, REDIS_CONFIG],
    },
    {
      provide: RedisTraderHistory,
      useFactory: (redis: RedisConnection, keys: KeySpace, screener: ScreenerConfig) =>
        new RedisTraderHistory(redis, keys, {
          firstSeenRetentionDays: screener.firstSeenRetentionDays,
          maxWindowHours: screener.historyMaxWindowHours,
        }),
      inject: [REDIS_CLIENT, KeySpace, SCREENER_CONFIG],
    },
    {
      provide: ScreenerHeartbeatRepository,
      useFactory: (redis: RedisConnection, keys: KeySpace) => new ScreenerHeartbeatRepository(redis, keys),
      inject: [REDIS_CLIENT, KeySpace],
    },
    ScreenerHeartbeat,
    {
      provide: ExemptionStoreRepository,
      useFactory: (redis: RedisConnection, keys: KeySpace) => new ExemptionStoreRepository(redis, keys),
      inject: [REDIS_CLIENT, KeySpace],
    },
    ExemptionsHolder,
    { provide: ScreeningLedgerPort, useExisting: ScreeningLedgerRepository },
    { provide: BatchTraderHistoryPort, useExisting: RedisTraderHistory },
    SnapshotHolder,
    { provide: ActiveSnapshotPort, useExisting: SnapshotHolder },
    ScreenerMetrics,
    ScreenerEvents,
    ConsumerReadiness,
    ScreenerLifecycle,
  ],
  exports: [
    REDIS_CLIENT,
    ScreeningLedgerPort,
    BatchTraderHistoryPort,
    ActiveSnapshotPort,
    SnapshotHolder,
    ExemptionsHolder,
    ScreenerEvents,
    ConsumerReadiness,
    ScreenerMetrics,
  ],
})
export class ScreenerCoreModule {}
