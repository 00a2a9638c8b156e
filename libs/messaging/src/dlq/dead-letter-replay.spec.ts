import { buildDeadLetterMessage } from './build-dead-letter-message';
import { describeDeadLetterQuery, matchesDeadLetterQuery } from './dead-letter-query';
import { buildReplayMessage, REPLAYED_FROM_HEADER } from './replay-message';
import { readDeadLetter, type DeadLetterRecord } from './stored-dead-letter';

/** A DLQ record as the screener writes it (buildDeadLetterMessage), read back at `partition:offset`. */
function dlqRecord(
  over: { reason?: string; sourcePartition?: number; at?: string; offset?: string } = {},
): DeadLetterRecord {
  const message = buildDeadLetterMessage({
    source: {
      topic: 'salw.declarations.v1',
      partition: over.sourcePartition ?? 4,
      offset: '1234',
      key: Buffer.from('DEC-1'),
      value: Buffer.from('{"schemaVersion":"1"}'),
      headers: { traceparent: '00-abc-01' },
    },
    reason: (over.reason ?? 'SCHEMA_VIOLATION') as 'SCHEMA_VIOLATION',
    detail: 'items[0].hsCode: must match pattern',
  });
  return {
    partition: 0,
    offset: over.offset ?? '17',
    timestamp: String(Date.parse(over.at ?? '2026-12-06T10:00:00Z')),
    key: message.key as Buffer,
    value: message.value as Buffer,
    headers: message.headers,
  };
}

describe('reading a dead letter back', () => {
  it('decodes reason, detail and source from the x-dlq-* headers and keeps the source headers apart', () => {
    const letter = readDeadLetter(dlqRecord());
    expect(letter).toMatchObject({
      id: '0:17',
      reason: 'SCHEMA_VIOLATION',
      detail: 'items[0].hsCode: must match pattern',
      sourceTopic: 'salw.declarations.v1',
      sourcePartition: 4,
      sourceOffset: '1234',
      deadLetteredAt: new Date('2026-12-06T10:00:00Z'),
    });
    expect(Object.keys(letter.sourceHeaders)).toEqual(['traceparent']);
  });

  it('keeps a record without a known reason, as UNKNOWN, rather than dropping it', () => {
    const record = { ...dlqRecord(), headers: {} };
    expect(readDeadLetter(record)).toMatchObject({ reason: 'UNKNOWN', sourcePartition: undefined });
  });
});

describe('choosing dead letters', () => {
  const letter = readDeadLetter(
    dlqRecord({ reason: 'INVALID_JSON', sourcePartition: 2, at: '2026-12-06T10:00:00Z' }),
  );

  it.each([
    [{}, true],
    [{ reasons: ['INVALID_JSON', 'SCHEMA_VIOLATION'] }, true],
    [{ reasons: ['SCHEMA_VIOLATION'] }, false],
    [{ since: new Date('2026-12-06T10:00:00Z') }, true],
    [{ since: new Date('2026-12-06T10:00:01Z') }, false],
    [{ until: new Date('2026-12-06T10:00:00Z') }, false],
    [{ until: new Date('2026-12-06T11:00:00Z') }, true],
    [{ sourcePartitions: [1, 2] }, true],
    [{ sourcePartitions: [3] }, false],
    [{ ids: ['0:17'] }, true],
    [{ ids: ['0:18'] }, false],
  ])('query %j matches: %s', (query, expected) => {
    expect(matchesDeadLetterQuery(letter, query)).toBe(expected);
  });

  it('describes a query in one line for the audit trail', () => {
    expect(
      describeDeadLetterQuery({
        reasons: ['INVALID_JSON'],
        since: new Date('2026-12-06T00:00:00Z'),
        sourcePartitions: [2],
      }),
    ).toBe('reason INVALID_JSON, since 2026-12-06T00:00:00.000Z, source partition 2');
    expect(describeDeadLetterQuery({})).toBe('all dead letters');
  });
});

describe('the replayed record', () => {
  it('carries the original key, bytes and source headers, says where it came from, and takes a new timestamp', () => {
    const message = buildReplayMessage(readDeadLetter(dlqRecord()));
    expect(message.key?.toString()).toBe('DEC-1');
    expect(message.value?.toString()).toBe('{"schemaVersion":"1"}');
    expect(Object.keys(message.headers ?? {}).sort()).toEqual(['traceparent', REPLAYED_FROM_HEADER]);
    expect(message.headers?.[REPLAYED_FROM_HEADER]).toBe('0:17');
    expect(message.timestamp).toBeUndefined();
  });
});
