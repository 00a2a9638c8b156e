import { createHash } from 'node:crypto';
import { Inject, Module, type INestApplication, type OnModuleDestroy } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { kafkaConfig, loadConfig, redisConfig } from '@salw/config';
import { createKafka } from '@salw/messaging';
import { HealthModule, LoggingModule, MetricsModule, PinoNestLogger } from '@salw/observability';
import Redis from 'ioredis';
import request from 'supertest';

// Broker round trips and consumer-group joins take seconds; jest's 5 s default is too tight under load.
jest.setTimeout(60_000);

const KAFKA = 'it.kafka';
const REDIS = 'it.redis';
/** Nothing listens here: Redis "down". */
const CLOSED_REDIS_URL = 'redis://127.0.0.1:6390';

function clientsModule(redisUrl: string) {
  const config = loadConfig([kafkaConfig, redisConfig]);

  /** Owns the Redis connection the way an app's store module would: opens it, closes it on shutdown. */
  class RedisOwner implements OnModuleDestroy {
    constructor(@Inject(REDIS) private readonly redis: Redis) {}
    onModuleDestroy(): void {
      this.redis.disconnect();
    }
  }

  @Module({
    providers: [
      { provide: KAFKA, useFactory: () => createKafka(config.kafka, { clientId: 'it-health' }) },
      {
        provide: REDIS,
        useFactory: () => {
          const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, retryStrategy: () => 500 });
          // Connection errors are expected when pointed at a closed port; readiness reports them.
          redis.on('error', () => undefined);
          return redis;
        },
      },
      RedisOwner,
    ],
    exports: [KAFKA, REDIS],
  })
  class ClientsModule {}
  return ClientsModule;
}

const SCRAPE_TOKEN = 'it-scrape-token';
const SCRAPE_TOKEN_SHA256 = createHash('sha256').update(SCRAPE_TOKEN).digest('hex');

async function startApp(redisUrl: string): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      LoggingModule.forRoot({ service: 'it-observability', level: 'silent' }),
      MetricsModule.forRoot({
        service: 'it-observability',
        access: { bearerTokenSha256: [SCRAPE_TOKEN_SHA256] },
      }),
      HealthModule.forRoot({
        imports: [clientsModule(redisUrl)],
        kafka: { client: KAFKA, timeoutMs: 5_000 },
        redis: { client: REDIS, timeoutMs: 1_000 },
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  app.useLogger(app.get(PinoNestLogger));
  app.enableShutdownHooks();
  return app.init();
}

describe('metrics and health endpoints against real Kafka and Redis', () => {
  describe('with Kafka and Redis up', () => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await startApp(loadConfig([redisConfig]).redis.url);
    });
    afterAll(async () => {
      await app.close();
    });

    it('serves Prometheus text on /metrics with the service label and process metrics', async () => {
      await request(app.getHttpServer()).get('/metrics').expect(401);
      await request(app.getHttpServer()).get('/metrics').set('Authorization', 'Bearer wrong').expect(401);
      const response = await request(app.getHttpServer())
        .get('/metrics')
        .set('Authorization', `Bearer ${SCRAPE_TOKEN}`)
        .expect(200);
      expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(response.text).toContain('process_cpu_user_seconds_total{service="it-observability"}');
    });

    it('is live', async () => {
      await request(app.getHttpServer()).get('/health/live').expect(200);
    });

    it('is ready, with Kafka brokers and Redis latency in the answer, and records the PING', async () => {
      const response = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(response.body.status).toBe('ok');
      expect(response.body.info.kafka).toMatchObject({ status: 'up', brokers: 1 });
      expect(response.body.info.redis).toMatchObject({ status: 'up', latencySeconds: expect.any(Number) });

      const metrics = await request(app.getHttpServer())
        .get('/metrics')
        .set('Authorization', `Bearer ${SCRAPE_TOKEN}`);
      expect(metrics.text).toMatch(
        /salw_redis_command_duration_seconds_count\{service="it-observability",command="ping",outcome="ok"\} [1-9]/,
      );
    });
  });

  describe('with Redis unreachable', () => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await startApp(CLOSED_REDIS_URL);
    });
    afterAll(async () => {
      await app.close();
    });

    it('stays live', async () => {
      await request(app.getHttpServer()).get('/health/live').expect(200);
    });

    it('answers 503 naming redis as the failing component, Kafka still up', async () => {
      const response = await request(app.getHttpServer()).get('/health/ready').expect(503);
      expect(response.body.status).toBe('error');
      expect(Object.keys(response.body.error)).toEqual(['redis']);
      expect(response.body.error.redis.status).toBe('down');
      expect(response.body.info.kafka.status).toBe('up');
    });
  });
});
