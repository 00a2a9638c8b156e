import type { OnModuleDestroy } from '@nestjs/common';
import type { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type { Admin, Kafka } from 'kafkajs';
import { problemOf } from './public-health-detail';
import { withTimeout } from './with-timeout';

/**
 * Kafka is ready when the cluster answers `describeCluster` within the timeout. Uses its own admin
 * client, connected on the first check and closed on shutdown; after a failure the admin is
 * dropped so the next check reconnects instead of waiting on a broken connection.
 */
export class KafkaHealthIndicator implements OnModuleDestroy {
  private admin: Admin | undefined;
  private connecting: Promise<void> | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly indicators: HealthIndicatorService,
    private readonly timeoutMs: number,
    readonly key = 'kafka',
  ) {}

  async check(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(this.key);
    try {
      const cluster = await withTimeout(this.describeCluster(), this.timeoutMs, 'Kafka describeCluster');
      return indicator.up({ brokers: cluster.brokers.length, controller: cluster.controller });
    } catch (error) {
      await this.reset();
      return indicator.down(problemOf(error));
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.reset();
  }

  private async describeCluster() {
    if (!this.admin) {
      // One quick retry only: the readiness timeout, not kafkajs' back-off, decides how long we wait.
      this.admin = this.kafka.admin({ retry: { retries: 1, initialRetryTime: 100 } });
      this.connecting = this.admin.connect();
    }
    const admin = this.admin;
    await this.connecting;
    return admin.describeCluster();
  }

  private async reset(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    this.connecting = undefined;
    await admin?.disconnect().catch(() => undefined);
  }
}
