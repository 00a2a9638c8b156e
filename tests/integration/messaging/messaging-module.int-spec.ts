import { Test } from '@nestjs/testing';
import { ConfigModule, kafkaConfig } from '@salw/config';
import {
  contractTopicSpecs,
  IdempotentProducerService,
  KAFKA_CLIENT,
  MessagingModule,
  provisionTopics,
} from '@salw/messaging';
import { LoggingModule } from '@salw/observability';
import type { Admin, Kafka } from 'kafkajs';
import { readRecords, testKafka, uniquePrefix } from './kafka-test-kit';

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

  it('wires a connected idempotent producer on the shared client, and disconnects on close', async () => {
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

    const { producer } = app.get(IdempotentProducerService);
    expect(producer.isIdempotent()).toBe(true);

    const topic = specs[0]!.topic;
    await producer.send({ topic, messages: [{ key: 'k', value: 'wired' }] });
    const [record] = await readRecords(app.get<Kafka>(KAFKA_CLIENT), topic, 1);
    expect(record!.value?.toString()).toBe('wired');

    await app.close();
    await expect(producer.send({ topic, messages: [{ value: 'late' }] })).rejects.toThrow(/disconnected/i);
  });
});
