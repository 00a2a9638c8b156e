import pino from 'pino';
import { TransactionalBatchConsumer, type InboundBatch, type RecordOutcome } from '@salw/messaging';
import { KafkaKit, runId, testKafka } from '../support/kafka-kit';

/**
 * The consume-transform-produce loop against the real broker: outputs, dead letters and offsets
 * commit together, failures retry the same batch, and a second run of the group reprocesses nothing.
 */
describe('TransactionalBatchConsumer (real broker)', () => {
  const id = runId();
  const kafka = testKafka(`it-txn-${id}`);
  const kit = new KafkaKit(kafka);
  const input = `it.txn.${id}.in`;
  const output = `it.txn.${id}.out`;
  const dlq = `it.txn.${id}.dlq`;
  const logger = pino({ level: 'silent' });

  beforeAll(() =>
    kit.createTopics([
      { topic: input, partitions: 3 },
      { topic: output, partitions: 3 },
      { topic: dlq, partitions: 1 },
    ]),
  );
  afterAll(() => kit.close());

  function echo(failFirstAttempts: number) {
    let calls = 0;
    const seen: string[] = [];
    const processor = async (batch: InboundBatch): Promise<RecordOutcome[]> => {
      calls++;
      if (calls <= failFirstAttempts) throw new Error(`simulated outage (attempt ${calls})`);
      return batch.records.map((record): RecordOutcome => {
        const value = record.value?.toString('utf8') ?? '';
        seen.push(value);
        if (value.startsWith('bad'))
          return { kind: 'dead-letter', reason: 'INVALID_JSON', detail: `record ${value} is not JSON` };
        if (value.startsWith('skip')) return { kind: 'ignore', why: 'replay' };
        return {
          kind: 'publish',
          messages: [{ topic: output, message: { key: record.key, value: `out:${value}` } }],
        };
      });
    };
    return { processor, seen: () => seen, calls: () => calls };
  }

  it('publishes each output and dead letter exactly once, retrying a failing batch without skipping', async () => {
    const producer = await kit.producer();
    const values = Array.from({ length: 60 }, (_, i) =>
      i % 10 === 3 ? `bad-${i}` : i % 10 === 7 ? `skip-${i}` : `ok-${i}`,
    );
    await producer.send({ topic: input, messages: values.map((value, i) => ({ key: `k${i % 9}`, value })) });

    const { processor } = echo(2);
    const consumer = new TransactionalBatchConsumer(
      kafka,
      {
        groupId: `it-txn-group-${id}`,
        inputTopic: input,
        dlqTopic: dlq,
        transactionalIdPrefix: `it-txn-${id}`,
        maxRetryDelayMs: 200,
      },
      processor,
      logger,
    );
    await consumer.start();
    const expectedOk = values.filter((v) => v.startsWith('ok')).length;
    const expectedBad = values.filter((v) => v.startsWith('bad')).length;
    try {
      const received = await kit.readCommitted([output, dlq], (r) => r.length >= expectedOk + expectedBad);
      const outputs = received.filter((r) => r.topic === output).map((r) => r.value);
      const deadLetters = received.filter((r) => r.topic === dlq);
      expect(outputs.sort()).toEqual(
        values
          .filter((v) => v.startsWith('ok'))
          .map((v) => `out:${v}`)
          .sort(),
      );
      expect(deadLetters.map((r) => r.value).sort()).toEqual(
        values.filter((v) => v.startsWith('bad')).sort(),
      );
      expect(deadLetters[0].headers).toMatchObject({
        'x-dlq-reason': 'INVALID_JSON',
        'x-dlq-source-topic': input,
      });
      expect(deadLetters[0].headers['x-dlq-detail']).toMatch(/is not JSON/);
      expect(deadLetters[0].headers['x-dlq-source-offset']).toMatch(/^\d+$/);
    } finally {
      await consumer.stop();
    }

    // The same group starts again: its offsets were committed by the transactions, so nothing is redone.
    const second = echo(0);
    const again = new TransactionalBatchConsumer(
      kafka,
      {
        groupId: `it-txn-group-${id}`,
        inputTopic: input,
        dlqTopic: dlq,
        transactionalIdPrefix: `it-txn-${id}`,
      },
      second.processor,
      logger,
    );
    await again.start();
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await again.stop();
    expect(second.seen()).toEqual([]);
  });
});
