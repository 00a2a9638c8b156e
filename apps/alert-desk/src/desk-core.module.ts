import {
  Global,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { topicNames } from '@salw/contracts';
import { createKafka, KAFKA_CLIENT } from '@salw/messaging';
import { LOGGER, METRICS_REGISTRY, type MetricsRegistry } from '@salw/observability';
import { createRedisClient, keySpaceFor, type RedisConnection } from '@salw/store';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { OUTBOX_RELAY, REDIS_CLIENT, REDIS_STREAM_READER } from './alert-desk.tokens';
import type { AlertDeskAppConfig } from './config/alert-desk-config-sections';
import { assertFsyncAlways } from './durability/assert-fsync-always';
import { AlertIngestProcessor } from './ingest/alert-ingest.processor';
import { LiveEventsHub } from './live/live-events.hub';
import { AlertDeskMetrics } from './metrics/alert-desk.metrics';
import { OutcomeOutboxRelay } from './outbox/outcome-outbox.relay';
import { ClosedAlertsArchiver } from './retention/closed-alerts.archiver';
import { OPEN_STATUSES } from './worklist/desk-alert.model';
import { DeskService } from './worklist/desk.service';
import { WorklistRepository } from './worklist/worklist.repository';

/** Connects Redis (checking its durability), starts the live stream and the outcome relay; closes all at the end. */
class DeskLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly config: AlertDeskAppConfig,
    private readonly redis: RedisConnection,
    private readonly reader: RedisConnection,
    private readonly hub: LiveEventsHub,
    private readonly relay: OutcomeOutboxRelay,
    private readonly archiver: ClosedAlertsArchiver,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.redis.connect();
    await this.reader.connect();
    if (this.config.alertDesk.requireFsyncAlways) await assertFsyncAlways(this.redis);
    this.hub.start();
    this.relay.start();
    this.archiver.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.archiver.stop();
    await this.relay.stop();
    await this.hub.stop();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** The desk's connections, repositories and services, wired from the validated configuration. */
@Global()
@Module({})
export class DeskCoreModule {
  static forRoot(config: AlertDeskAppConfig): DynamicModule {
    const topics = topicNames(config.kafka.topicPrefix);
    // On a Redis Cluster every desk key shares the hash tag {desk}: the lifecycle scripts, the page
    // script and the index pipelines span many of them (docs/redis.md).
    const prefix = keySpaceFor(config.redis).hashTags
      ? `${config.redis.keyPrefix}{desk}:`
      : `${config.redis.keyPrefix}desk:`;
    return {
      module: DeskCoreModule,
      providers: [
        {
          provide: DeskLifecycle,
          useFactory: (
            redis: RedisConnection,
            reader: RedisConnection,
            hub: LiveEventsHub,
            relay: OutcomeOutboxRelay,
            archiver: ClosedAlertsArchiver,
          ) => new DeskLifecycle(config, redis, reader, hub, relay, archiver),
          inject: [REDIS_CLIENT, REDIS_STREAM_READER, LiveEventsHub, OUTBOX_RELAY, ClosedAlertsArchiver],
        },
        {
          provide: ClosedAlertsArchiver,
          useFactory: (worklist: WorklistRepository, logger: Logger) =>
            new ClosedAlertsArchiver(worklist, config.alertDesk.closedRetentionHours * 3_600_000, logger),
          inject: [WorklistRepository, LOGGER],
        },
        {
          provide: KAFKA_CLIENT,
          useFactory: (logger: Logger) =>
            createKafka(config.kafka, { logger, clientId: `${config.kafka.clientId}-alert-desk` }),
          inject: [LOGGER],
        },
        {
          provide: REDIS_CLIENT,
          useFactory: () =>
            createRedisClient(config.redis, { connectionName: 'salw-alert-desk', offlineQueue: true }),
        },
        {
          provide: REDIS_STREAM_READER,
          useFactory: () =>
            createRedisClient(config.redis, { connectionName: 'salw-alert-desk-events', offlineQueue: true }),
        },
        {
          provide: WorklistRepository,
          useFactory: (redis: RedisConnection) =>
            new WorklistRepository(redis, prefix, config.alertDesk.eventHistory),
          inject: [REDIS_CLIENT],
        },
        {
          provide: AlertDeskMetrics,
          useFactory: (registry: MetricsRegistry, worklist: WorklistRepository) =>
            new AlertDeskMetrics(registry, async (metrics) => {
              const counts = await worklist.counts();
              for (const status of OPEN_STATUSES) {
                for (const [severity, n] of Object.entries(counts[status]))
                  metrics.openAlerts.set({ status, severity }, n);
              }
              const since = await worklist.oldestNewSince();
              metrics.oldestNewAge.set(since === undefined ? 0 : Math.max(0, (Date.now() - since) / 1000));
            }),
          inject: [METRICS_REGISTRY, WorklistRepository],
        },
        {
          provide: AlertIngestProcessor,
          useFactory: (worklist: WorklistRepository, metrics: AlertDeskMetrics, logger: Logger) =>
            new AlertIngestProcessor(
              worklist,
              config.alertDesk.declarationRetentionDays * 86_400,
              metrics,
              logger,
            ),
          inject: [WorklistRepository, AlertDeskMetrics, LOGGER],
        },
        {
          provide: OUTBOX_RELAY,
          useFactory: (
            kafka: Kafka,
            worklist: WorklistRepository,
            metrics: AlertDeskMetrics,
            logger: Logger,
          ) =>
            new OutcomeOutboxRelay(
              kafka,
              worklist,
              {
                outcomesTopic: topics.alertOutcomes,
                transactionalId: `${config.alertDesk.transactionalIdPrefix}.outcome-outbox`,
                progressGroupId: `${config.alertDesk.groupId}.outcome-outbox`,
              },
              logger,
              (count) => metrics.outcomesPublished.inc(count),
            ),
          inject: [KAFKA_CLIENT, WorklistRepository, AlertDeskMetrics, LOGGER],
        },
        {
          provide: DeskService,
          useFactory: (worklist: WorklistRepository, metrics: AlertDeskMetrics, relay: OutcomeOutboxRelay) =>
            new DeskService(worklist, metrics, () => relay.nudge()),
          inject: [WorklistRepository, AlertDeskMetrics, OUTBOX_RELAY],
        },
        {
          provide: LiveEventsHub,
          useFactory: (reader: RedisConnection, worklist: WorklistRepository, logger: Logger) =>
            new LiveEventsHub(reader, worklist.eventsKey(), logger),
          inject: [REDIS_STREAM_READER, WorklistRepository, LOGGER],
        },
      ],
      exports: [
        KAFKA_CLIENT,
        REDIS_CLIENT,
        WorklistRepository,
        AlertDeskMetrics,
        AlertIngestProcessor,
        OUTBOX_RELAY,
        DeskService,
        LiveEventsHub,
      ],
    };
  }
}
