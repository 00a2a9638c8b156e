import type { ProducerRecord, RecordMetadata } from 'kafkajs';
import type { Sender } from '../producer/sender';
import type { DeadLetter } from './dead-letter';
import { DeadLetterWriter } from './dead-letter.writer';

class RecordingSender implements Sender {
  readonly records: ProducerRecord[] = [];
  async send(record: ProducerRecord): Promise<RecordMetadata[]> {
    this.records.push(record);
    return [];
  }
  async sendBatch(): Promise<RecordMetadata[]> {
    throw new Error('DeadLetterWriter should use send');
  }
}

const letter = (offset: string): DeadLetter => ({
  reason: 'TOO_LARGE',
  detail: 'message of 1048577 bytes is over 1 MiB',
  source: { topic: 'site-a.salw.declarations.v1', partition: 0, offset, key: null, value: Buffer.alloc(3) },
});

describe('DeadLetterWriter', () => {
  it('sends all letters to its DLQ topic in one send', async () => {
    const sender = new RecordingSender();
    await new DeadLetterWriter('site-a.salw.declarations.dlq.v1').write(sender, [letter('1'), letter('2')]);
    expect(sender.records).toHaveLength(1);
    expect(sender.records[0]?.topic).toBe('site-a.salw.declarations.dlq.v1');
    expect(sender.records[0]?.messages.map((m) => m.headers?.['x-dlq-source-offset'])).toEqual(['1', '2']);
  });

  it('accepts a single letter', async () => {
    const sender = new RecordingSender();
    await new DeadLetterWriter('dlq').write(sender, letter('7'));
    expect(sender.records[0]?.messages).toHaveLength(1);
  });

  it('sends nothing for an empty list', async () => {
    const sender = new RecordingSender();
    await new DeadLetterWriter('dlq').write(sender, []);
    expect(sender.records).toEqual([]);
  });

  it('refuses an empty topic name', () => {
    expect(() => new DeadLetterWriter('')).toThrow('DeadLetterWriter needs a DLQ topic name');
  });
});
