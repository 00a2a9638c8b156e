import pino from 'pino';
import {
  TransactionalBatchConsumer,
  type BatchReply,
  type InboundBatch,
  type RecordOutcome,
} from '@salw/messaging';
import { transactionalRun } from './support/transactional-run';

/**
 * An output larger than its topic's max.message.bytes would make the broker refuse the transaction on
 * every attempt: that input alone is dead-lettered as OUTPUT_TOO_LARGE and the others are published.
 */
describe('TransactionalBatchConsumer with an output too large for its topic (real broker)', () => {
  const { kafka, kit, input, output, dlq, consumerOptions } = transactionalRun('big');
  const admin = kafka.admin();

  beforeAll(async () => {
    await kit.createTopics([
      { topic: input, partitions: 1 },
      { topic: dlq, partitions: 1 },
    ]);
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: output,
          numPartitions: 1,
          replicationFactor: 1,
          configEntries: [{ name: 'max.message.bytes', value: '100000' }],
        },
      ],
    });
  });
  afterAll(async () => {
    await admin.deleteTopics({ topics: [output] }).catch(() => undefined);
    await admin.disconnect();
    await kit.close();
  });

  it('dead-letters only the input whose output exceeds the limit, with the reason, and publishes the rest', async () => {
    const producer = await kit.producer();
    const values = ['small-1', 'huge-2', 'small-3'];
    await producer.send({ topic: input, messages: values.map((value) => ({ key: value, value })) });

    const processor = async (batch: InboundBatch): Promise<BatchReply> => ({
      outcomes: batch.records.map((record): RecordOutcome => {
        const value = record.value!.toString('utf8');
        const body = value.startsWith('huge') ? 'x'.repeat(300_000) : `out:${value}`;
        return { kind: 'publish', messages: [{ topic: output, message: { key: record.key, value: body } }] };
      }),
    });
    const consumer = new TransactionalBatchConsumer(
      kafka,
      { ...consumerOptions, maxRetryDelayMs: 200 },
      processor,
      pino({ level: 'silent' }),
    );
    await consumer.start();
    try {
      const received = await kit.readCommitted([output, dlq], (r) => r.length >= 3);
      expect(received.filter((r) => r.topic === output).map((r) => r.value)).toEqual([
        'out:small-1',
        'out:small-3',
      ]);
      const letters = received.filter((r) => r.topic === dlq);
      expect(letters.map((l) => [l.key, l.value, l.headers['x-dlq-reason']])).toEqual([
        ['huge-2', 'huge-2', 'OUTPUT_TOO_LARGE'],
      ]);
      expect(letters[0].headers['x-dlq-detail']).toMatch(
        new RegExp(
          `^the ${output.replace(/\./g, '\\.')} record for this input would be 300\\d{3} bytes, over the topic's max.message.bytes of 100000$`,
        ),
      );
    } finally {
      await consumer.stop();
    }
  });
});
