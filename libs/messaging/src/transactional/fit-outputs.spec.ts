import { DLQ_HEADERS } from '@salw/contracts';
import type { InboundBatch, RecordOutcome } from './batch-processing.types';
import { fitOutputs } from './fit-outputs';

const batch: InboundBatch = {
  topic: 'decl',
  partition: 2,
  records: [0, 1, 2].map((i) => ({
    topic: 'decl',
    partition: 2,
    offset: String(10 + i),
    key: Buffer.from(`D${i}`),
    value: Buffer.alloc(3000, 97),
    headers: { trace: Buffer.alloc(2000, 98) },
  })),
};

const publish = (bytes: number): RecordOutcome => ({
  kind: 'publish',
  messages: [
    { topic: 'results', message: { key: 'D', value: Buffer.alloc(bytes, 120) } },
    { topic: 'alerts', message: { key: 'D', value: Buffer.alloc(100, 120) } },
  ],
});

describe('fitOutputs', () => {
  const limits = new Map([
    ['results', 10_000],
    ['alerts', 10_000],
    ['dlq', 20_000],
  ]);

  it('passes outputs that fit, per topic in input order', () => {
    const fitted = fitOutputs(
      batch,
      [publish(100), { kind: 'ignore', why: 'replay' }, publish(200)],
      'dlq',
      limits,
    );
    expect(fitted.refused).toEqual([]);
    expect(fitted.byTopic.get('results')?.map((m) => (m.value as Buffer).length)).toEqual([100, 200]);
    expect(fitted.byTopic.get('alerts')).toHaveLength(2);
    expect(fitted.byTopic.has('dlq')).toBe(false);
  });

  it('dead-letters only the input whose result would exceed the topic limit, naming topic and sizes, and keeps the others', () => {
    const fitted = fitOutputs(batch, [publish(100), publish(50_000), publish(200)], 'dlq', limits);
    expect(fitted.outcomes[1]).toEqual({
      kind: 'dead-letter',
      reason: 'OUTPUT_TOO_LARGE',
      detail: expect.stringMatching(
        /^the results record for this input would be 500\d\d bytes, over the topic's max.message.bytes of 10000$/,
      ),
    });
    expect(fitted.outcomes[0]).toEqual(publish(100));
    expect(fitted.byTopic.get('results')).toHaveLength(2);
    expect(fitted.byTopic.get('alerts')).toHaveLength(2);
    const [letter] = fitted.byTopic.get('dlq')!;
    expect(letter.headers?.[DLQ_HEADERS.reason]).toBe('OUTPUT_TOO_LARGE');
    expect(letter.headers?.[DLQ_HEADERS.sourceOffset]).toBe('11');
    expect(letter.value).toEqual(batch.records[1].value);
    expect(fitted.refused).toEqual([{ offset: '11', detail: expect.stringContaining('results record') }]);
  });

  it('drops the source headers, then the value, of a dead letter too large for the DLQ, saying so', () => {
    const tight = new Map([['dlq', 4000]]);
    const fitted = fitOutputs(
      batch,
      [{ kind: 'dead-letter', reason: 'SCHEMA_VIOLATION', detail: 'version: must be integer' }],
      'dlq',
      tight,
    );
    const [letter] = fitted.byTopic.get('dlq')!;
    expect(letter.headers?.trace).toBeUndefined();
    expect(letter.value).toEqual(batch.records[0].value);

    const tighter = fitOutputs(
      batch,
      [{ kind: 'dead-letter', reason: 'SCHEMA_VIOLATION', detail: 'version: must be integer' }],
      'dlq',
      new Map([['dlq', 1000]]),
    );
    const [bare] = tighter.byTopic.get('dlq')!;
    expect(bare.value).toBeNull();
    expect(String(bare.headers?.[DLQ_HEADERS.detail])).toMatch(/^original value of 3000 bytes not kept/);
    expect(bare.headers?.[DLQ_HEADERS.reason]).toBe('SCHEMA_VIOLATION');
  });
});
