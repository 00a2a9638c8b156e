import { DLQ_HEADERS } from '@salw/contracts/topics/topics.constants';
import { buildDeadLetterMessage, DLQ_DETAIL_MAX_BYTES } from './build-dead-letter-message';
import type { DeadLetter } from './dead-letter';

const original = Buffer.from('{"schemaVersion":"1","declarationId":', 'utf8');

function letter(overrides: Partial<DeadLetter> = {}, source: Partial<DeadLetter['source']> = {}): DeadLetter {
  return {
    reason: 'INVALID_JSON',
    detail: '(root): malformed JSON at line 1, column 38',
    ...overrides,
    source: {
      topic: 'salw.declarations.v1',
      partition: 4,
      offset: '9007199254740993',
      key: Buffer.from('26NG0000012345678X'),
      value: original,
      ...source,
    },
  };
}

describe('buildDeadLetterMessage', () => {
  it('keeps the original key and bytes untouched', () => {
    const message = buildDeadLetterMessage(letter());
    expect(message.key).toEqual(Buffer.from('26NG0000012345678X'));
    expect(message.value).toBe(original);
  });

  it('sets the five x-dlq headers, offsets kept exact beyond 2^53', () => {
    expect(buildDeadLetterMessage(letter()).headers).toEqual({
      [DLQ_HEADERS.reason]: 'INVALID_JSON',
      [DLQ_HEADERS.detail]: '(root): malformed JSON at line 1, column 38',
      [DLQ_HEADERS.sourceTopic]: 'salw.declarations.v1',
      [DLQ_HEADERS.sourcePartition]: '4',
      [DLQ_HEADERS.sourceOffset]: '9007199254740993',
    });
  });

  it('keeps a null key and an empty value as they were (EMPTY_MESSAGE)', () => {
    const message = buildDeadLetterMessage(
      letter({ reason: 'EMPTY_MESSAGE', detail: 'empty' }, { key: null, value: null }),
    );
    expect(message.key).toBeNull();
    expect(message.value).toBeNull();
  });

  it('truncates a long detail to the header limit without breaking UTF-8', () => {
    const detail = 'parties.consignee.name: 手枪 '.repeat(200);
    const header = buildDeadLetterMessage(letter({ detail })).headers?.[DLQ_HEADERS.detail] as string;
    expect(Buffer.byteLength(header)).toBeLessThanOrEqual(DLQ_DETAIL_MAX_BYTES);
    expect(header.endsWith('…')).toBe(true);
    expect(header).not.toContain('\uFFFD');
  });

  it('carries the source headers along, replacing x-dlq headers of an earlier dead-lettering', () => {
    const message = buildDeadLetterMessage(
      letter(
        {},
        {
          headers: {
            traceparent: '00-abc-def-01',
            'X-DLQ-Reason': 'TOO_LARGE',
            [DLQ_HEADERS.sourceOffset]: '1',
          },
        },
      ),
    );
    expect(message.headers).toMatchObject({
      traceparent: '00-abc-def-01',
      [DLQ_HEADERS.sourceOffset]: '9007199254740993',
    });
    expect(message.headers).not.toHaveProperty('X-DLQ-Reason');
  });

  it('keeps the original timestamp when known', () => {
    expect(buildDeadLetterMessage(letter({}, { timestamp: '1764410400000' })).timestamp).toBe(
      '1764410400000',
    );
  });

  it.each<[string, DeadLetter, string]>([
    ['an unknown reason', letter({ reason: 'BAD_VIBES' as never }), 'unknown dead-letter reason "BAD_VIBES"'],
    [
      'a negative partition',
      letter({}, { partition: -1 }),
      'dead letter from salw.declarations.v1: partition must be an integer >= 0 (got -1)',
    ],
    [
      'an offset that is not a decimal string',
      letter({}, { offset: '12abc' }),
      'dead letter from salw.declarations.v1/4: offset must be a decimal string (got "12abc")',
    ],
  ])('refuses %s', (_case, bad, message) => {
    expect(() => buildDeadLetterMessage(bad)).toThrow(message);
  });
});
