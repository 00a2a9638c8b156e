import pino from 'pino';
import {
  TransactionalBatchConsumer,
  type BatchReply,
  type InboundBatch,
  type RecordOutcome,
} from '@salw/messaging';
import { transactionalRun } from './support/transactional-run';

/**
 * The consume-transform-produce loop against the real broker: outputs, dead letters and offsets
 * commit together, failures retry the same batch, and a second run of the group reprocesses nothing.
 */
describe('TransactionalBatchConsumer (real broker)', () => {
  const { kafka, kit, input, output, dlq, consumerOptions } = transactionalRun('txn');
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
    const processor = async (batch: InboundBatch): Promise<BatchReply> => {
      calls++;
      if (calls <= failFirstAttempts) throw new Error(`simulated outage (attempt ${calls})`);
      const outcomes = batch.records.map((record): RecordOutcome => {
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
      return { outcomes };
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
      { ...consumerOptions, maxRetryDelayMs: 200 },
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
    const again = new TransactionalBatchConsumer(kafka, consumerOptions, second.processor, logger);
    await again.start();
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await again.stop();
    expect(second.seen()).toEqual([]);
  });
});

/**
 * An earlier owner of a partition may commit after the new owner read the partition's committed
 * offset (its commit was still being completed when the partition moved). The new owner must not
 * process those records again: it fences the old producer and re-reads the offset before its first
 * batch.
 */
describe('TransactionalBatchConsumer taking over a partition (real broker)', () => {
  const { id, kafka, kit, input, output, dlq } = transactionalRun('txn-takeover');
  const groupId = `it-txn-takeover-group-${id}`;
  const transactionalIdPrefix = `it-txn-takeover-${id}`;

  beforeAll(() =>
    kit.createTopics([
      { topic: input, partitions: 1 },
      { topic: output, partitions: 1 },
      { topic: dlq, partitions: 1 },
    ]),
  );
  afterAll(() => kit.close());

  it('skips the records whose offsets an earlier owner committed after this owner read its position', async () => {
    const processed: string[] = [];
    let assigned!: () => void;
    const joined = new Promise<void>((resolve) => (assigned = resolve));
    const consumer = new TransactionalBatchConsumer(
      kafka,
      { groupId, inputTopic: input, dlqTopic: dlq, transactionalIdPrefix, maxRetryDelayMs: 200 },
      async (batch) => ({
        outcomes: batch.records.map((record): RecordOutcome => {
          const value = record.value?.toString('utf8') ?? '';
          processed.push(value);
          return { kind: 'publish', messages: [{ topic: output, message: { key: null, value } }] };
        }),
      }),
      pino({ level: 'silent' }),
      { onAssigned: () => assigned() },
    );
    await consumer.start();
    try {
      await joined;
      // The consumer has its position (the empty partition's start) and keeps polling.
      await new Promise((resolve) => setTimeout(resolve, 1_500));

      // The earlier owner's last transaction, with this partition's transactional id: it commits the
      // group's offset 5 in the same transaction that makes records 0..9 readable, i.e. after the
      // consumer read its position. Records 0..4 count as processed by that owner.
      const earlier = kafka.producer({
        transactionalId: `${transactionalIdPrefix}.${input}.0`,
        idempotent: true,
        maxInFlightRequests: 1,
      });
      await earlier.connect();
      const transaction = await earlier.transaction();
      await transaction.send({
        topic: input,
        messages: Array.from({ length: 10 }, (_, i) => ({ value: `r${i}` })),
      });
      await transaction.sendOffsets({
        consumerGroupId: groupId,
        topics: [{ topic: input, partitions: [{ partition: 0, offset: '5' }] }],
      });
      await transaction.commit();
      await earlier.disconnect().catch(() => undefined);

      const outputs = await kit.readCommitted([output], (records) => records.length >= 5);
      expect(processed).toEqual(['r5', 'r6', 'r7', 'r8', 'r9']);
      expect(outputs.map((r) => r.value)).toEqual(['r5', 'r6', 'r7', 'r8', 'r9']);
    } finally {
      await consumer.stop();
    }
  });
});
