import { createHash } from 'node:crypto';
import { Injectable, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { MetricsModule } from '../metrics/metrics.module';
import { HealthModule } from './health.module';
import type { ReadinessCheck } from './readiness-check';

const REDIS = 'test.redis';

@Injectable()
class SnapshotLoaded implements ReadinessCheck {
  readonly name = 'snapshot';
  loaded = false;
  isReady() {
    return { ready: this.loaded, detail: { version: this.loaded ? 3 : null } };
  }
}

@Module({ providers: [SnapshotLoaded], exports: [SnapshotLoaded] })
class SnapshotModule {}

async function app(ping: () => Promise<string>): Promise<INestApplication> {
  @Module({ providers: [{ provide: REDIS, useValue: { ping } }], exports: [REDIS] })
  class FakeRedisModule {}

  const moduleRef = await Test.createTestingModule({
    imports: [
      MetricsModule.forRoot({
        service: 'test',
        defaultMetrics: false,
        access: { bearerTokenSha256: [createHash('sha256').update('scrape').digest('hex')] },
      }),
      HealthModule.forRoot({
        imports: [SnapshotModule, FakeRedisModule],
        redis: { client: REDIS, timeoutMs: 50 },
        readinessChecks: [SnapshotLoaded],
      }),
    ],
  }).compile();
  return moduleRef.createNestApplication({ logger: false }).init();
}

describe('HealthModule (fakes)', () => {
  it('answers liveness without looking at dependencies', async () => {
    const nest = await app(() => Promise.reject(new Error('ECONNREFUSED')));
    await request(nest.getHttpServer())
      .get('/health/live')
      .expect(200, { status: 'ok', info: {}, error: {}, details: {} });
    await nest.close();
  });

  it('is ready when Redis answers and every registered check passes', async () => {
    const nest = await app(() => Promise.resolve('PONG'));
    nest.get(SnapshotLoaded).loaded = true;
    const response = await request(nest.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body.info).toMatchObject({
      redis: { status: 'up' },
      snapshot: { status: 'up', version: 3 },
    });
    await nest.close();
  });

  it('answers 503 naming each component that is not ready', async () => {
    const nest = await app(() => new Promise(() => undefined));
    const response = await request(nest.getHttpServer()).get('/health/ready').expect(503);
    expect(response.body.status).toBe('error');
    expect(response.body.error).toMatchObject({
      redis: { status: 'down', problem: 'timeout' },
      snapshot: { status: 'down' },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/PING|within|ms\b/);
    await nest.close();
  });

  it('records the PING latency in salw_redis_command_duration_seconds', async () => {
    const nest = await app(() => Promise.resolve('PONG'));
    await request(nest.getHttpServer()).get('/health/ready');
    const metrics = await request(nest.getHttpServer())
      .get('/metrics')
      .set('Authorization', 'Bearer scrape')
      .expect(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(metrics.text).toContain(
      'salw_redis_command_duration_seconds_count{service="test",command="ping",outcome="ok"} 1',
    );
    await nest.close();
  });
});
