import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { KAFKA_CONFIG, type KafkaConfig } from '@salw/config';
import { topicNames } from '@salw/contracts';
import { IdempotentProducerService, KAFKA_CLIENT } from '@salw/messaging';
import { withTimeout, type ReadinessState } from '@salw/observability';
import type { Kafka, Message, Producer, RecordMetadata } from 'kafkajs';
import { INTAKE_CONFIG, type IntakeConfig } from '../config/intake.config';
import { IntakeMetrics } from '../metrics/intake.metrics';
import {
  DeclarationPublisher,
  PublishFailedError,
  RecordTooLargeError,
  type DeclarationRecord,
  type PublishedRecord,
} from './declaration-publisher';
import { DeclarationsTopicMissingError } from './declarations-topic-missing.error';

/**
 * Writes declarations with the shared idempotent producer (acks=all, one request in flight). The
 * producer connects and disconnects with the messaging module; this class checks at start that
 * the declarations topic exists and bounds every send by the publish timeout.
 */
@Injectable()
export class KafkaDeclarationPublisher extends DeclarationPublisher implements OnApplicationBootstrap {
  readonly topic: string;
  private readonly producer: Producer;
  private connected = false;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(KAFKA_CONFIG) private readonly kafkaConfig: KafkaConfig,
    @Inject(INTAKE_CONFIG) private readonly intakeConfig: IntakeConfig,
    @Inject(IdempotentProducerService) producerService: IdempotentProducerService,
    @Inject(IntakeMetrics) private readonly metrics: IntakeMetrics,
  ) {
    super();
    this.topic = topicNames(kafkaConfig.topicPrefix).declarations;
    this.producer = producerService.producer;
    this.producer.on(this.producer.events.CONNECT, () => (this.connected = true));
    this.producer.on(this.producer.events.DISCONNECT, () => (this.connected = false));
  }

  /** Runs after every module initialised (the producer is connected): refuse to serve without the topic. */
  async onApplicationBootstrap(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const topics = await admin.listTopics();
      if (!topics.includes(this.topic))
        throw new DeclarationsTopicMissingError(this.topic, this.kafkaConfig.brokers);
    } finally {
      await admin.disconnect();
    }
  }

  async publish(record: DeclarationRecord): Promise<PublishedRecord> {
    const [metadata] = await this.send([record]);
    if (!metadata)
      throw new PublishFailedError(`Kafka confirmed no partition for the write to ${this.topic}`);
    return {
      topic: this.topic,
      partition: metadata.partition,
      offset: metadata.baseOffset ?? metadata.offset ?? '-1',
    };
  }

  async publishAll(records: readonly DeclarationRecord[]): Promise<void> {
    if (records.length > 0) await this.send(records);
  }

  isReady(): ReadinessState {
    return {
      ready: this.connected,
      detail: { topic: this.topic, producer: this.connected ? 'connected' : 'disconnected' },
    };
  }

  private async send(records: readonly DeclarationRecord[]): Promise<RecordMetadata[]> {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    const messages: Message[] = records.map((record) => ({
      key: record.key,
      value: record.value,
      headers: { ...record.headers },
    }));
    try {
      const sent = this.producer.send({ topic: this.topic, acks: -1, messages });
      // A send abandoned on timeout may still land; resubmitting is safe because a replayed version is recognised downstream.
      sent.catch(() => undefined);
      const metadata = await withTimeout(
        sent,
        this.intakeConfig.publishTimeoutMs,
        `Kafka send to ${this.topic}`,
      );
      this.metrics.produceDuration.observe({ outcome: 'ok' }, elapsed());
      return metadata;
    } catch (error) {
      this.metrics.produceDuration.observe({ outcome: 'error' }, elapsed());
      if (isTooLarge(error))
        throw new RecordTooLargeError(`Kafka refused the write to ${this.topic} as too large`, {
          cause: error,
        });
      throw new PublishFailedError(error instanceof Error ? error.message : String(error), { cause: error });
    }
  }
}

/** MESSAGE_TOO_LARGE or RECORD_LIST_TOO_LARGE, also wrapped by kafkajs's retrier. */
function isTooLarge(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { type, cause, originalError } = error as {
    type?: unknown;
    cause?: unknown;
    originalError?: unknown;
  };
  if (type === 'MESSAGE_TOO_LARGE' || type === 'RECORD_LIST_TOO_LARGE') return true;
  return isTooLarge(cause, depth + 1) || isTooLarge(originalError, depth + 1);
}
