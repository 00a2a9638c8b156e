import { randomUUID } from 'node:crypto';
import { Admin, Consumer, Kafka, KafkaMessage, logLevel, Partitioners, Producer } from 'kafkajs';
import { contractTopicSpecs } from '@salw/messaging';
import { localPartitionsFromEnv } from '../../../deploy/local/local-topics.config';

/**
 * Proves the local broker (deploy/local/stack.sh) does what the pipeline relies on, with kafkajs
 * alone: the contract topics exist as planned, consumer groups work, and Kafka transactions
 * (produce + sendOffsets + commit) are visible to read_committed readers while aborted ones are not.
 * Set KAFKAJS_LOG_LEVEL=debug to see the client's own log when one of these fails.
 */
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const runId = `${Date.now()}-${randomUUID().slice(0, 8)}`;
const kafka = new Kafka({ clientId: `it-stack-${runId}`, brokers, logLevel: logLevel.NOTHING });

const inputTopic = `it.stack.${runId}.input`;
const outputTopic = `it.stack.${runId}.output`;

const consumers: Consumer[] = [];
const producers: Producer[] = [];
let admin: Admin;

interface Received {
  readonly key: string | null;
  readonly value: string | null;
  readonly partition: number;
  readonly offset: string;
}

function text(buffer: Buffer | null): string | null {
  return buffer === null ? null : buffer.toString('utf8');
}

function newProducer(transactionalId?: string): Producer {
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    ...(transactionalId ? { transactionalId, idempotent: true, maxInFlightRequests: 1 } : {}),
  });
  producers.push(producer);
  return producer;
}

/**
 * Reads `topic` from the beginning in a fresh consumer group until `done` holds for what arrived,
 * or fails after `timeoutMs` naming what it had seen.
 */
async function consumeUntil(
  topic: string,
  options: { groupId: string; readUncommitted: boolean; timeoutMs?: number },
  done: (received: Received[]) => boolean,
): Promise<Received[]> {
  const consumer = kafka.consumer({ groupId: options.groupId, readUncommitted: options.readUncommitted });
  consumers.push(consumer);
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const received: Received[] = [];
  const timeoutMs = options.timeoutMs ?? 30_000;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `${options.groupId} saw only ${JSON.stringify(received)} on ${topic} in ${timeoutMs} ms`,
            ),
          ),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: async ({ partition, message }: { partition: number; message: KafkaMessage }) => {
            received.push({
              key: text(message.key),
              value: text(message.value),
              partition,
              offset: message.offset,
            });
            if (done(received)) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return received;
}

beforeAll(async () => {
  admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic: inputTopic, numPartitions: 3, replicationFactor: 1 },
      { topic: outputTopic, numPartitions: 1, replicationFactor: 1 },
    ],
  });
});

afterAll(async () => {
  await Promise.allSettled(consumers.map((consumer) => consumer.disconnect()));
  await Promise.allSettled(producers.map((producer) => producer.disconnect()));
  if (admin) {
    await admin.deleteTopics({ topics: [inputTopic, outputTopic] }).catch(() => undefined);
    await admin.disconnect();
  }
});

describe('the local Kafka broker', () => {
  it('carries the five contract topics with the partition counts the local plan declares', async () => {
    const plan = contractTopicSpecs({
      prefix: process.env.KAFKA_TOPIC_PREFIX ?? '',
      partitions: localPartitionsFromEnv(process.env),
    });
    expect(plan).toHaveLength(5);

    const metadata = await admin.fetchTopicMetadata({ topics: plan.map((t) => t.topic) });
    const actual = Object.fromEntries(metadata.topics.map((t) => [t.name, t.partitions.length]));
    const expected = Object.fromEntries(plan.map((t) => [t.topic, t.numPartitions]));

    expect(actual).toEqual(expected);
  });

  it('refuses to create a topic implicitly when a producer writes to an unknown one', async () => {
    const missing = `it.stack.${runId}.never-created`;
    // kafkajs asks the broker to auto-create by default; only the broker setting stops it.
    const producer = kafka.producer({
      allowAutoTopicCreation: true,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: { retries: 1, initialRetryTime: 100 },
    });
    producers.push(producer);
    await producer.connect();

    await expect(producer.send({ topic: missing, messages: [{ value: 'x' }] })).rejects.toThrow(
      /does not host this topic-partition/,
    );
    expect(await admin.listTopics()).not.toContain(missing);
  });

  it('delivers produced messages to a consumer group and records the group offsets', async () => {
    const producer = newProducer();
    await producer.connect();
    const sent = ['alpha', 'bravo', 'charlie', 'delta'].map((word) => ({
      key: `key-${word}`,
      value: `value-${word}`,
    }));
    await producer.send({ topic: inputTopic, messages: sent });

    const groupId = `it-stack-${runId}-round-trip`;
    const received = await consumeUntil(
      inputTopic,
      { groupId, readUncommitted: false },
      (got) => got.length >= sent.length,
    );

    expect(
      received.map(({ key, value }) => ({ key, value })).sort((a, b) => a.value!.localeCompare(b.value!)),
    ).toEqual(sent);
    const committed = await admin.fetchOffsets({ groupId, topics: [inputTopic] });
    const total = committed[0].partitions.reduce((sum, p) => sum + Math.max(Number(p.offset), 0), 0);
    expect(total).toBe(sent.length);
  });

  it('shows a committed transaction with its offsets to read_committed readers and hides an aborted one', async () => {
    const groupId = `it-stack-${runId}-screener`;
    const producer = newProducer(`it-stack-${runId}-tx`);
    await producer.connect();

    const committed = await producer.transaction();
    await committed.send({ topic: outputTopic, messages: [{ key: 'decl-1', value: 'committed-1' }] });
    await committed.sendOffsets({
      consumerGroupId: groupId,
      topics: [{ topic: inputTopic, partitions: [{ partition: 0, offset: '7' }] }],
    });
    await committed.commit();

    const aborted = await producer.transaction();
    await aborted.send({ topic: outputTopic, messages: [{ key: 'decl-2', value: 'aborted' }] });
    await aborted.sendOffsets({
      consumerGroupId: groupId,
      topics: [{ topic: inputTopic, partitions: [{ partition: 0, offset: '99' }] }],
    });
    await aborted.abort();

    // A committed message after the aborted one tells the reader it has read past the abort.
    const last = await producer.transaction();
    await last.send({ topic: outputTopic, messages: [{ key: 'decl-3', value: 'committed-2' }] });
    await last.commit();

    const readCommitted = await consumeUntil(
      outputTopic,
      { groupId: `it-stack-${runId}-read-committed`, readUncommitted: false },
      (got) => got.some((m) => m.value === 'committed-2'),
    );
    expect(readCommitted.map((m) => m.value)).toEqual(['committed-1', 'committed-2']);

    // The aborted record is in the log: only the isolation level keeps it from the reader above.
    const readUncommitted = await consumeUntil(
      outputTopic,
      { groupId: `it-stack-${runId}-read-uncommitted`, readUncommitted: true },
      (got) => got.some((m) => m.value === 'committed-2'),
    );
    expect(readUncommitted.map((m) => m.value)).toEqual(['committed-1', 'aborted', 'committed-2']);

    const offsets = await admin.fetchOffsets({ groupId, topics: [inputTopic] });
    expect(offsets[0].partitions.find((p) => p.partition === 0)?.offset).toBe('7');
  });
});
