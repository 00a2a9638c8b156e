import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { topicNames } from '@salw/contracts';
import { validDeclaration } from '@salw/contracts/testing';
import { contractTopicSpecs, provisionTopics } from '@salw/messaging';
import Redis from 'ioredis';
import type { Admin } from 'kafkajs';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { IntakeAppModule } from '../../../apps/intake/src/app.module';
import { brokers, KafkaKit, redisUrl, runId, testKafka } from '../support/kafka-kit';

const SUBMITTER_KEY = 'it-submitter-key';
const OTHER_SUBMITTER_KEY = 'it-other-submitter-key';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const HMRC_EXAMPLE = path.resolve(__dirname, '../../../../shared/data/wco-dm/hmrc-cds-import-example.xml');

/**
 * The intake app on an ephemeral port against the real broker, in topics of its own (a unique prefix
 * per run): what it answers must be what lands on the declarations topic, key, value and headers.
 */
describe('intake (real broker)', () => {
  const prefix = `it.intake.${runId()}.`;
  const redisKeyPrefix = `it-intake-${runId()}:`;
  const topic = topicNames(prefix).declarations;
  const specs = contractTopicSpecs({
    prefix,
    partitions: { declarations: 3, screeningResults: 1, alerts: 1, alertOutcomes: 1 },
  });
  const kafka = testKafka(`it-intake-${prefix}`);
  const kit = new KafkaKit(kafka);
  let admin: Admin;
  let app: INestApplication;
  let baseUrl: string;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    await provisionTopics(admin, specs);
    app = await NestFactory.create(
      IntakeAppModule.forRoot({
        env: {
          KAFKA_BROKERS: brokers.join(','),
          KAFKA_TOPIC_PREFIX: prefix,
          INTAKE_API_KEYS: `it-client:submitter:${sha256(SUBMITTER_KEY)},it-other:submitter:${sha256(OTHER_SUBMITTER_KEY)}`,
          REDIS_URL: redisUrl,
          REDIS_KEY_PREFIX: redisKeyPrefix,
          INTAKE_PRODUCE_CHUNK_SIZE: '2',
          LOG_LEVEL: 'silent',
        },
      }),
      { bodyParser: false, logger: false, abortOnError: false },
    );
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.close();
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${redisKeyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await kit.close();
    await admin?.deleteTopics({ topics: specs.map((spec) => spec.topic) }).catch(() => undefined);
    await admin?.disconnect();
  });

  const post = (
    route: string,
    contentType: string,
    body: string | Buffer,
    requestId: string,
    key = SUBMITTER_KEY,
  ) =>
    fetch(`${baseUrl}${route}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${key}`,
        'Content-Type': contentType,
        'X-Request-Id': requestId,
      },
      body,
    });

  it('is ready once connected to the broker and Redis', async () => {
    const response = await fetch(`${baseUrl}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      info: { kafka: { status: 'up' }, redis: { status: 'up' }, publisher: { status: 'up', topic } },
    });
  });

  it('binds a declaration id to the API key that first submitted it and refuses another key with 403, single and batch', async () => {
    const v1 = JSON.stringify({ ...validDeclaration(), declarationId: 'IT-OWNED-1', version: 1 });
    const v2 = JSON.stringify({ ...validDeclaration(), declarationId: 'IT-OWNED-1', version: 2 });
    expect((await post('/v1/declarations', 'application/json', v1, 'it-own-1')).status).toBe(202);

    const hijack = await post('/v1/declarations', 'application/json', v2, 'it-own-2', OTHER_SUBMITTER_KEY);
    expect(hijack.status).toBe(403);
    expect(await hijack.json()).toMatchObject({
      reason: 'NOT_DECLARATION_OWNER',
      error: expect.stringContaining('declaration IT-OWNED-1 was first submitted by another API client'),
    });

    const batch = await post(
      '/v1/declarations/batch',
      'application/x-ndjson',
      [v2, JSON.stringify({ ...validDeclaration(), declarationId: 'IT-OTHERS-1' })].join('\n'),
      'it-own-3',
      OTHER_SUBMITTER_KEY,
    );
    expect(batch.status).toBe(200);
    expect(await batch.json()).toMatchObject({
      accepted: 1,
      rejected: 1,
      lines: [
        { line: 1, status: 'rejected', reason: 'NOT_DECLARATION_OWNER' },
        { line: 2, status: 'accepted', declarationId: 'IT-OTHERS-1' },
      ],
    });

    expect((await post('/v1/declarations', 'application/json', v2, 'it-own-4')).status).toBe(202);
    const records = await kit.readCommitted(
      [topic],
      (received) => received.filter((r) => r.key === 'IT-OWNED-1').length >= 2,
      { settleMs: 1000 },
    );
    expect(records.filter((r) => r.key === 'IT-OWNED-1').map((r) => r.headers['x-request-id'])).toEqual([
      'it-own-1',
      'it-own-4',
    ]);
  });

  it('writes single, batch and XML declarations to the declarations topic with key, original value and provenance headers', async () => {
    const single = JSON.stringify({ ...validDeclaration(), declarationId: 'IT-SINGLE-1' });
    const singleResponse = await post('/v1/declarations', 'application/json', single, 'it-req-single');
    expect(singleResponse.status).toBe(202);
    const receipt = (await singleResponse.json()) as { topic: string; partition: number; offset: string };
    expect(receipt).toMatchObject({ declarationId: 'IT-SINGLE-1', version: 1, topic });

    const batchLines = ['IT-BATCH-1', 'IT-BATCH-2', 'IT-BATCH-3'].map((id) =>
      JSON.stringify({ ...validDeclaration(), declarationId: id }),
    );
    const batchBody = [batchLines[0], '{"marker":"IT-REJECTED-LINE"}', '', batchLines[1], batchLines[2]].join(
      '\n',
    );
    const batchResponse = await post(
      '/v1/declarations/batch',
      'application/x-ndjson',
      batchBody,
      'it-req-batch',
    );
    expect(batchResponse.status).toBe(200);
    const report = (await batchResponse.json()) as {
      accepted: number;
      rejected: number;
      lines: Array<{ line: number; status: string }>;
    };
    expect(report).toMatchObject({ accepted: 3, rejected: 1 });
    expect(report.lines.map((l) => `${l.line}:${l.status}`)).toEqual([
      '1:accepted',
      '2:rejected',
      '4:accepted',
      '5:accepted',
    ]);

    const withXml = existsSync(HMRC_EXAMPLE);
    if (withXml) {
      const xmlResponse = await post(
        '/v1/declarations',
        'application/xml',
        readFileSync(HMRC_EXAMPLE),
        'it-req-xml',
      );
      expect(xmlResponse.status).toBe(202);
    } else {
      console.warn(`XML part skipped: ${HMRC_EXAMPLE} is absent`);
    }

    const expected = 4 + (withXml ? 1 : 0);
    const isOwnershipTest = (key: string | null) => key === 'IT-OWNED-1' || key === 'IT-OTHERS-1';
    const records = (
      await kit.readCommitted(
        [topic],
        (received) => received.filter((r) => !isOwnershipTest(r.key)).length >= expected,
        { settleMs: 1000 },
      )
    ).filter((r) => !isOwnershipTest(r.key));
    expect(records).toHaveLength(expected);

    const byKey = new Map(records.map((record) => [record.key, record]));
    const singleRecord = byKey.get('IT-SINGLE-1');
    expect(singleRecord?.value).toBe(single);
    expect({ partition: singleRecord?.partition, offset: singleRecord?.offset }).toEqual({
      partition: receipt.partition,
      offset: receipt.offset,
    });
    expect(singleRecord?.headers).toMatchObject({
      'content-type': 'application/json',
      'x-salw-source': 'intake',
      'x-salw-source-format': 'json',
      'x-salw-client': 'it-client',
      'x-request-id': 'it-req-single',
    });
    expect(Date.parse(singleRecord?.headers['x-salw-received-at'] ?? '')).not.toBeNaN();

    for (const [index, id] of ['IT-BATCH-1', 'IT-BATCH-2', 'IT-BATCH-3'].entries()) {
      expect(byKey.get(id)?.value).toBe(batchLines[index]);
      expect(byKey.get(id)?.headers).toMatchObject({
        'x-request-id': 'it-req-batch',
        'x-salw-source-format': 'ndjson',
      });
    }
    if (withXml) {
      const xmlRecord = byKey.get('Import_Accepted');
      expect(JSON.parse(xmlRecord?.value ?? '{}')).toMatchObject({
        schemaVersion: '1',
        declarationId: 'Import_Accepted',
        kind: 'IMPORT',
      });
      expect(xmlRecord?.headers).toMatchObject({
        'content-type': 'application/json',
        'x-salw-source-format': 'wco-dm-xml',
      });
    }
    expect(records.some((record) => record.value?.includes('IT-REJECTED-LINE'))).toBe(false);
  });
});
