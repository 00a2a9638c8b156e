import { createIdempotentProducer, provisionTopics } from '@salw/messaging';
import type { Admin, Kafka, Producer } from 'kafkajs';
import { readRecords, testKafka, uniquePrefix } from './kafka-test-kit';

// Broker round trips and consumer-group joins take seconds; jest's 5 s default is too tight under load.
jest.setTimeout(60_000);

describe('idempotent producer against the real broker', () => {
  const topic = `${uniquePrefix('producer')}roundtrip`;
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;

  beforeAll(async () => {
    kafka = testKafka('it-producer');
    admin = kafka.admin();
    await admin.connect();
    await provisionTopics(admin, [{ topic, numPartitions: 3, replicationFactor: 1, config: {} }]);
    producer = createIdempotentProducer(kafka);
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic], timeout: 30_000 });
    await admin.disconnect();
  });

  it('is idempotent and writes every record once, per key in order, to the same partition', async () => {
    expect(producer.isIdempotent()).toBe(true);
    const keys = ['26NG0000000000001A', '26NG0000000000002B', '26NG0000000000003C'];
    const messages = Array.from({ length: 30 }, (_, i) => ({
      key: keys[i % keys.length]!,
      value: JSON.stringify({
        declarationId: keys[i % keys.length],
        version: Math.floor(i / keys.length) + 1,
      }),
    }));
    // Two sends, each a batch, as a screener would after two polls.
    await producer.send({ topic, messages: messages.slice(0, 15) });
    await producer.send({ topic, messages: messages.slice(15) });

    const records = await readRecords(kafka, topic, messages.length);
    expect(records).toHaveLength(30);
    for (const key of keys) {
      const mine = records.filter((r) => r.key?.toString() === key);
      expect(new Set(mine.map((r) => r.partition)).size).toBe(1);
      expect(mine.map((r) => JSON.parse(r.value!.toString()).version)).toEqual(
        [...Array(10).keys()].map((v) => v + 1),
      );
    }
  });

  it('refuses a send that does not wait for all in-sync replicas', async () => {
    await expect(producer.send({ topic, acks: 1, messages: [{ value: 'x' }] })).rejects.toThrow(
      "Not requiring ack for all messages invalidates the idempotent producer's EoS guarantees",
    );
  });
});
