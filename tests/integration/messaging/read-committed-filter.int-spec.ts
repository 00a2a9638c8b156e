import { KafkaKit, runId, testKafka } from '../support/kafka-kit';

/**
 * What a read_committed kafkajs consumer sees of aborted transactions (with the project's fix of
 * kafkajs's filter, installed by `npm ci`: deploy/scripts/patch-kafkajs.js). The broker lists aborted
 * transactions in the order they were aborted; a new owner fencing a killed screener aborts several
 * at once, in any order.
 */
describe('read_committed consumers (real broker)', () => {
  const id = runId();
  const kafka = testKafka(`it-read-committed-${id}`);
  const kit = new KafkaKit(kafka);
  const topic = `it.read-committed.${id}`;

  beforeAll(() => kit.createTopics([{ topic, partitions: 1 }]));
  afterAll(() => kit.close());

  it('skip every aborted transaction, also one that began earlier but was aborted later than another', async () => {
    const producers = await Promise.all(
      ['early', 'late', 'committing'].map(async (name) => {
        const producer = kafka.producer({
          transactionalId: `it-read-committed-${id}-${name}`,
          idempotent: true,
          maxInFlightRequests: 1,
        });
        await producer.connect();
        return producer;
      }),
    );
    try {
      const [early, late, committing] = producers;
      const first = await early.transaction();
      await first.send({ topic, messages: [{ value: 'aborted, begun first' }] });
      const second = await late.transaction();
      await second.send({ topic, messages: [{ value: 'aborted, begun second' }] });
      await second.abort();
      await first.abort();
      const third = await committing.transaction();
      await third.send({ topic, messages: [{ value: 'committed' }] });
      await third.commit();

      const records = await kit.readCommitted([topic], (read) => read.some((r) => r.value === 'committed'));
      expect(records.map((r) => r.value)).toEqual(['committed']);
    } finally {
      await Promise.all(producers.map((p) => p.disconnect().catch(() => undefined)));
    }
  });
});
