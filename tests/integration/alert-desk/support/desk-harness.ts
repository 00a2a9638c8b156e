import { createHash } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@salw/config';
import { topicNames, type Alert, type Declaration } from '@salw/contracts';
import { contractTopicSpecs } from '@salw/messaging';
import type { Producer } from 'kafkajs';
import {
  ALERT_DESK_CONFIG_SECTIONS,
  type AlertDeskAppConfig,
} from '../../../../apps/alert-desk/src/config/alert-desk-config-sections';
import { createAlertDeskApp } from '../../../../apps/alert-desk/src/create-alert-desk-app';
import { brokers, KafkaKit, runId, testKafka } from '../../support/kafka-kit';
import { PrivateRedis } from './private-redis';

/** Response bodies: the specs assert their shape field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any;

export const API_KEYS = {
  officerA: 'key-officer-a',
  officerB: 'key-officer-b',
  supervisor: 'key-supervisor',
  analyst: 'key-analyst',
};
const sha = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * One alert desk against the real broker (topics of its own, under a unique prefix) and a private
 * Redis with AOF fsync always. Service accounts by API key stand in for officers in API tests.
 */
export class DeskHarness {
  readonly run = runId();
  readonly redis = new PrivateRedis();
  readonly kit = new KafkaKit(testKafka(`it-desk-${this.run}`));
  readonly topics = topicNames(`it-desk-${this.run}.`);
  config!: AlertDeskAppConfig;
  app?: NestExpressApplication;
  baseUrl = '';
  private producer?: Producer;

  constructor(private readonly extraEnv: Record<string, string> = {}) {}

  async setUp(): Promise<void> {
    await this.redis.start();
    await this.kit.createTopics(
      contractTopicSpecs({ prefix: `it-desk-${this.run}.` }).map((spec) => ({
        topic: spec.topic,
        partitions: spec.numPartitions,
      })),
    );
    this.config = loadConfig(ALERT_DESK_CONFIG_SECTIONS, {
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_PREFIX: `it-desk-${this.run}.`,
      REDIS_URL: this.redis.url,
      REDIS_KEY_PREFIX: `it-${this.run}:`,
      HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
      AUTH_COOKIE_SECURE: 'false',
      AUTH_API_KEYS: [
        `officer-a:officer:${sha(API_KEYS.officerA)}`,
        `officer-b:officer:${sha(API_KEYS.officerB)}`,
        `chief:supervisor:${sha(API_KEYS.supervisor)}`,
        `analyst:analyst:${sha(API_KEYS.analyst)}`,
      ].join(','),
      ALERT_DESK_GROUP_ID: `it-desk-${this.run}`,
      ALERT_DESK_TRANSACTIONAL_ID_PREFIX: `it-desk-${this.run}`,
      ...this.extraEnv,
    });
    await this.startApp();
  }

  async startApp(): Promise<void> {
    this.app = await createAlertDeskApp({ config: this.config });
    await this.app.listen(0, '127.0.0.1');
    await this.app.startAllMicroservices();
    const address = this.app.getHttpServer().address() as { port: number };
    this.baseUrl = `http://127.0.0.1:${address.port}`;
  }

  async stopApp(): Promise<void> {
    await this.app?.close();
    this.app = undefined;
  }

  async produceAlerts(alerts: Alert[]): Promise<void> {
    this.producer ??= await this.kit.producer();
    await this.producer.send({
      topic: this.topics.alerts,
      messages: alerts.map((alert) => ({ key: alert.declarationId, value: JSON.stringify(alert) })),
    });
  }

  async produceDeclarations(declarations: Declaration[]): Promise<void> {
    this.producer ??= await this.kit.producer();
    await this.producer.send({
      topic: this.topics.declarations,
      messages: declarations.map((d) => ({ key: d.declarationId, value: JSON.stringify(d) })),
    });
  }

  async api(
    method: string,
    path: string,
    key: string,
    body?: unknown,
  ): Promise<{ status: number; body: JsonBody }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'x-api-key': key, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  /** Waits until the desk serves each alert's detail, i.e. it has been taken into the worklist. */
  async waitForAlerts(...alerts: readonly Alert[]): Promise<void> {
    for (const alert of alerts) {
      await this.waitFor(
        async () =>
          (await this.api('GET', `/api/alerts/${alert.alertId}`, API_KEYS.officerA)).status === 200
            ? true
            : undefined,
        `alert ${alert.alertId} in the worklist`,
      );
    }
  }

  /** Polls the worklist (no timing assertion: it only bounds how long the test waits). */
  async waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe().catch(() => undefined);
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async tearDown(): Promise<void> {
    await this.stopApp().catch(() => undefined);
    await this.kit.close();
    await this.redis.stop();
  }
}
