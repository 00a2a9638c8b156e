import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import {
  registerCompressionCodecs,
  TransactionalBatchConsumer,
  type BatchReply,
  type RecordOutcome,
} from '@salw/messaging';
import { brokers } from '../support/kafka-kit';
import { transactionalRun } from './support/transactional-run';

/**
 * A record batch the consumer cannot decode (here a zstd batch that inflates past the 64 MiB bound, a
 * decompression bomb the broker accepts) must not leave a stuck consumer behind a green process:
 * kafkajs retries the fetch for ever, and the consumer reports itself not ready with the reason,
 * counting each failed decode.
 */
describe('TransactionalBatchConsumer on a batch it cannot decode (real broker, kcat)', () => {
  const { kafka, kit, input, dlq, consumerOptions } = transactionalRun('bomb');
  const dir = mkdtempSync(join(tmpdir(), 'it-bomb-'));

  beforeAll(() => {
    registerCompressionCodecs();
    return kit.createTopics([
      { topic: input, partitions: 1 },
      { topic: dlq, partitions: 1 },
    ]);
  });
  afterAll(async () => {
    await kit.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports not ready with the codec error and counts each failed decode while kafkajs retries the fetch', async () => {
    const bomb = join(dir, 'bomb.bin');
    writeFileSync(bomb, Buffer.alloc(70 * 1024 * 1024, 48));
    const kcat = spawnSync(
      'kcat',
      ['-P', '-b', brokers.join(','), '-t', input, '-z', 'zstd', '-X', 'message.max.bytes=100000000', bomb],
      { encoding: 'utf8' },
    );
    expect({ status: kcat.status, stderr: kcat.stderr }).toEqual({ status: 0, stderr: '' });

    const health: Array<{ healthy: boolean; reason?: string }> = [];
    const undecodable: number[] = [];
    let processed = 0;
    const consumer = new TransactionalBatchConsumer(
      kafka,
      consumerOptions,
      async (batch): Promise<BatchReply> => {
        processed += batch.records.length;
        return { outcomes: batch.records.map((): RecordOutcome => ({ kind: 'ignore', why: 'test' })) };
      },
      pino({ level: 'silent' }),
      {
        onHealthy: (healthy, reason) => health.push({ healthy, reason }),
        onUndecodableBatch: ({ count }) => undecodable.push(count),
      },
    );
    await consumer.start();
    try {
      const deadline = Date.now() + 60_000;
      while (undecodable.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      expect(undecodable.slice(0, 2)).toEqual([1, 2]);
      expect(processed).toBe(0);
      expect(health.at(-1)).toEqual({
        healthy: false,
        reason: expect.stringMatching(
          /^a record batch cannot be decoded: zstd record batch cannot be decompressed: inflates past 67108864 bytes$/,
        ),
      });
      expect(health.some((h) => h.healthy)).toBe(false);
    } finally {
      await consumer.stop();
    }
  });
});
