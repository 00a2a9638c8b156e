import { DLQ_HEADERS } from '@salw/contracts/topics/topics.constants';
import {
  contractTopicSpecs,
  createIdempotentProducer,
  DeadLetterWriter,
  provisionTopics,
  type DeadLetter,
} from '@salw/messaging';
import type { Admin, Kafka, Producer } from 'kafkajs';
import { headerText, readRecords, testKafka, uniquePrefix } from './kafka-test-kit';

// Broker round trips and consumer-group joins take seconds; jest's 5 s default is too tight under load.
jest.setTimeout(60_000);

describe('DeadLetterWriter against the real broker', () => {
  const prefix = uniquePrefix('dlq');
  const specs = contractTopicSpecs({ prefix });
  const declarationsTopic = specs[0]!.topic;
  const dlqTopic = specs[1]!.topic;
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  let transactional: Producer;

  // Bytes that are not UTF-8 at all: proves the writer keeps the original bytes, not a decoded copy.
  const originalValue = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x00, 0x22, 0x7d]);
  const originalKey = Buffer.from('26NG0000012345678X');

  const letter = (offset: string, detail = 'bytes 2..3 are not UTF-8'): DeadLetter => ({
    reason: 'INVALID_UTF8',
    detail,
    source: { topic: declarationsTopic, partition: 5, offset, key: originalKey, value: originalValue },
  });

  beforeAll(async () => {
    kafka = testKafka('it-dlq');
    admin = kafka.admin();
    await admin.connect();
    await provisionTopics(admin, specs);
    producer = createIdempotentProducer(kafka);
    transactional = kafka.producer({
      transactionalId: `${prefix}tx`,
      idempotent: true,
      maxInFlightRequests: 1,
    });
    await Promise.all([producer.connect(), transactional.connect()]);
  });

  afterAll(async () => {
    await Promise.all([producer.disconnect(), transactional.disconnect()]);
    await admin.deleteTopics({ topics: specs.map((s) => s.topic), timeout: 30_000 });
    await admin.disconnect();
  });

  it('writes dead letters with the original key and bytes and all five headers, standalone and in a transaction', async () => {
    const writer = new DeadLetterWriter(dlqTopic);
    await writer.write(producer, letter('41'));

    const committed = await transactional.transaction();
    await writer.write(committed, letter('42', 'ε'.repeat(2000)));
    await committed.commit();

    // A letter in an aborted transaction must never reach a read_committed reader.
    const aborted = await transactional.transaction();
    await writer.write(aborted, letter('43'));
    await aborted.abort();

    const records = await readRecords(kafka, dlqTopic, 2);
    expect(records.map((r) => headerText(r.headers, DLQ_HEADERS.sourceOffset))).toEqual(['41', '42']);
    for (const record of records) {
      expect(record.key).toEqual(originalKey);
      expect(record.value).toEqual(originalValue);
      expect(headerText(record.headers, DLQ_HEADERS.reason)).toBe('INVALID_UTF8');
      expect(headerText(record.headers, DLQ_HEADERS.sourceTopic)).toBe(declarationsTopic);
      expect(headerText(record.headers, DLQ_HEADERS.sourcePartition)).toBe('5');
      expect(headerText(record.headers, DLQ_HEADERS.detail)).toBeDefined();
    }
    expect(headerText(records[0]!.headers, DLQ_HEADERS.detail)).toBe('bytes 2..3 are not UTF-8');
    const longDetail = headerText(records[1]!.headers, DLQ_HEADERS.detail)!;
    expect(longDetail.endsWith('…')).toBe(true);
    expect(longDetail).toMatch(/^ε+…$/);
  });
});
