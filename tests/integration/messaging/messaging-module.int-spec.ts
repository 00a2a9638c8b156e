import { Test } from '@nestjs/testing';
import { ConfigModule, kafkaConfig } from '@salw/config';
import { DLQ_HEADERS } from '@salw/contracts/topics/topics.constants';
import {
  contractTopicSpecs,
  DeadLetterWriter,
  IdempotentProducerService,
  KAFKA_CLIENT,
  MessagingModule,
  provisionTopics,
} from '@salw/messaging';
import { LoggingModule } from '@salw/observability';
import type { Admin, Kafka } from 'kafkajs';
import { headerText, readRecords, testKafka, uniquePrefix } from './kafka-test-kit';

// Broker round trips and consumer-group joins take seconds; jest's 5 s default is too tight under load.
jest.setTimeout(60_000);

describe('MessagingModule against the real broker', () => {
  const prefix = uniquePrefix('module');
  const specs = contractTopicSpecs({ prefix });
  let admin: Admin;

  beforeAll(async () => {
    admin = testKafka('it-module-admin').admin();
    await admin.connect();
    await provisionTopics(admin, specs);
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics: specs.map((s) => s.topic), timeout: 30_000 });
    await admin.disconnect();
  });

  it('wires a connected idempotent producer and a DeadLetterWriter for the prefixed DLQ, and disconnects on close', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot([kafkaConfig], {
          env: { KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092', KAFKA_TOPIC_PREFIX: prefix },
        }),
        LoggingModule.forRoot({ service: 'it-messaging', level: 'error' }),
        MessagingModule.forRoot({ clientId: 'it-module' }),
      ],
    }).compile();
    const app = await moduleRef.init();

    const writer = app.get(DeadLetterWriter);
    const { producer } = app.get(IdempotentProducerService);
    expect(writer.topic).toBe(`${prefix}salw.declarations.dlq.v1`);
    expect(producer.isIdempotent()).toBe(true);

    await writer.write(producer, {
      reason: 'EMPTY_MESSAGE',
      detail: 'the record has no value',
      source: { topic: specs[0]!.topic, partition: 0, offset: '0', key: Buffer.from('k'), value: null },
    });
    const [record] = await readRecords(app.get<Kafka>(KAFKA_CLIENT), writer.topic, 1);
    expect(headerText(record!.headers, DLQ_HEADERS.reason)).toBe('EMPTY_MESSAGE');

    await app.close();
    await expect(producer.send({ topic: writer.topic, messages: [{ value: 'late' }] })).rejects.toThrow(
      /disconnected/i,
    );
  });
});
