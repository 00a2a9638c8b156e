import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { topicNames } from '@salw/contracts';
import { createKafka, KAFKA_CLIENT } from '@salw/messaging';
import { LOGGER, METRICS_REGISTRY, type MetricsRegistry } from '@salw/observability';
import {
  createRedisClient,
  KeySpace,
  RedisTraderHistory,
  ScreeningLedgerRepository,
  SnapshotStoreRepository,
} from '@salw/store';
import type Redis from 'ioredis';
import type { Logger } from 'pino';
import type { ScreenerAppConfig } from './config/screener-config-sections';
import { ScreenerMetrics } from './metrics/screener.metrics';
import { ConsumerReadiness } from './screening/consumer-readiness';
import { PassThroughBatchProcessor } from './screening/pass-through-batch.processor';
import { ScreenerEvents } from './screening/screener-events';
import { BATCH_PROCESSOR } from './screening/screening.constants';
import { ScreeningBatchProcessor } from './screening/screening-batch.processor';
import { SnapshotHolder } from './snapshot/snapshot-holder';
import {
  CONSUMER_READINESS,
  REDIS_CLIENT,
  REDIS_SUBSCRIBER,
  SCREENER_EVENTS,
  SNAPSHOT_HOLDER,
} from './screener.tokens';

/** Starts the snapshot holder once the app is up; closes the connections the module opened. */
class ScreenerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(SNAPSHOT_HOLDER) private readonly holder: SnapshotHolder,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.redis.connect().catch(() => undefined); // reconnects by itself; readiness reports it meanwhile
    await this.holder.start();
  }

  /**
   * After the app is disposed, i.e. after the Kafka transport has finished and committed its batch in
   * flight: closing Redis earlier (onModuleDestroy) would fail that batch.
   */
  async onApplicationShutdown(): Promise<void> {
    await this.holder.stop();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * The screener's connections (Kafka, Redis), repositories, snapshot holder, batch processor and
 * metrics, wired from the validated configuration. Global so the health module can reach the clients
 * and readiness checks.
 */
@Global()
@Module({})
export class ScreenerCoreModule {
  static forRoot(config: ScreenerAppConfig): DynamicModule {
    const keys = new KeySpace(config.redis.keyPrefix);
    const topics = topicNames(config.kafka.topicPrefix);
    return {
      module: ScreenerCoreModule,
      providers: [
        {
          provide: KAFKA_CLIENT,
          useFactory: (logger: Logger) =>
            createKafka(config.kafka, { logger, clientId: `${config.kafka.clientId}-screener` }),
          inject: [LOGGER],
        },
        {
          provide: REDIS_CLIENT,
          useFactory: () => createRedisClient(config.redis, { connectionName: 'salw-screener' }),
        },
        {
          provide: REDIS_SUBSCRIBER,
          useFactory: () =>
            createRedisClient(config.redis, { connectionName: 'salw-screener-sub', offlineQueue: true }),
        },
        { provide: KeySpace, useValue: keys },
        {
          provide: ScreenerMetrics,
          useFactory: (registry: MetricsRegistry) => new ScreenerMetrics(registry),
          inject: [METRICS_REGISTRY],
        },
        {
          provide: SnapshotStoreRepository,
          useFactory: (redis: Redis) => new SnapshotStoreRepository(redis, keys),
          inject: [REDIS_CLIENT],
        },
        {
          provide: SNAPSHOT_HOLDER,
          useFactory: (
            store: SnapshotStoreRepository,
            subscriber: Redis,
            metrics: ScreenerMetrics,
            logger: Logger,
          ) =>
            new SnapshotHolder(
              store,
              subscriber,
              keys.activationChannel(),
              config.screener.snapshotPollMs,
              metrics,
              logger,
            ),
          inject: [SnapshotStoreRepository, REDIS_SUBSCRIBER, ScreenerMetrics, LOGGER],
        },
        {
          provide: BATCH_PROCESSOR,
          useFactory: (redis: Redis, holder: SnapshotHolder, logger: Logger) =>
            config.screener.mode === 'pass-through'
              ? new PassThroughBatchProcessor(topics)
              : new ScreeningBatchProcessor(
                  holder,
                  new ScreeningLedgerRepository(redis, keys, config.screener.ledgerRetentionDays * 86_400),
                  new RedisTraderHistory(redis, keys, {
                    firstSeenRetentionDays: config.screener.firstSeenRetentionDays,
                    maxWindowHours: config.screener.historyMaxWindowHours,
                  }),
                  topics,
                  () => new Date(),
                  logger,
                ),
          inject: [REDIS_CLIENT, SNAPSHOT_HOLDER, LOGGER],
        },
        {
          provide: SCREENER_EVENTS,
          useFactory: (metrics: ScreenerMetrics, processor: unknown) =>
            new ScreenerEvents(metrics, processor instanceof ScreeningBatchProcessor ? processor : undefined),
          inject: [ScreenerMetrics, BATCH_PROCESSOR],
        },
        {
          provide: CONSUMER_READINESS,
          useFactory: (events: ScreenerEvents) => new ConsumerReadiness(events),
          inject: [SCREENER_EVENTS],
        },
        ScreenerLifecycle,
      ],
      exports: [
        KAFKA_CLIENT,
        REDIS_CLIENT,
        SNAPSHOT_HOLDER,
        BATCH_PROCESSOR,
        SCREENER_EVENTS,
        CONSUMER_READINESS,
        ScreenerMetrics,
      ],
    };
  }
}
