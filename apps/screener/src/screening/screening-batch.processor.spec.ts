import pino from 'pino';
import { topicNames, screeningResultValidator, alertValidator } from '@salw/contracts';
import type { InboundBatch, InboundRecord } from '@salw/messaging';
import { InMemoryTraderHistory, type ScreeningSnapshot, type TraderObservation } from '@salw/risk-engine';
import type { LedgerEntry } from '@salw/store';
import {
  aDeclaration,
  defaultProfile,
  nationalList,
  snapshotOf,
  withItem,
} from '@salw/risk-engine/testing/screening.fixture';
import {
  ScreeningBatchProcessor,
  SnapshotNotLoadedError,
  type BatchTraderHistory,
  type ScreeningLedger,
} from './screening-batch.processor';

/** A ledger in a map, as Redis would hold it. */
class MapLedger implements ScreeningLedger {
  readonly entries = new Map<string, LedgerEntry[]>();
  async load(ids: readonly string[]) {
    return new Map(ids.map((id) => [id, [...(this.entries.get(id) ?? [])]]));
  }
  async save(updates: ReadonlyMap<string, readonly LedgerEntry[]>) {
    for (const [id, entries] of updates) this.entries.set(id, [...entries]);
  }
}

class MemoryHistory implements BatchTraderHistory {
  readonly recorded: TraderObservation[] = [];
  private readonly store = new InMemoryTraderHistory();
  async prefetch() {
    return this.store;
  }
  async recordMany(observations: readonly TraderObservation[]) {
    this.recorded.push(...observations);
  }
}

const topics = topicNames('');
let offset = 0;
function record(value: unknown): InboundRecord {
  const bytes = typeof value === 'string' ? Buffer.from(value) : Buffer.from(JSON.stringify(value));
  return {
    topic: topics.declarations,
    partition: 0,
    offset: String(offset++),
    key: null,
    value: bytes,
    headers: {},
    timestamp: '1764410400000',
  };
}
const batchOf = (...records: InboundRecord[]): InboundBatch => ({
  topic: topics.declarations,
  partition: 0,
  records,
});

describe('screening a batch of the declarations topic', () => {
  let snapshot: ScreeningSnapshot;
  let ledger: MapLedger;
  let history: MemoryHistory;
  let processor: ScreeningBatchProcessor;
  let current: ScreeningSnapshot | undefined;

  beforeAll(async () => {
    snapshot = snapshotOf(await defaultProfile(), [
      nationalList([{ entryId: 'NAT-1', kind: 'PARTY', name: 'Sahel Logistics SARL', points: 45 }]),
    ]);
  });
  beforeEach(() => {
    ledger = new MapLedger();
    history = new MemoryHistory();
    current = snapshot;
    processor = new ScreeningBatchProcessor(
      { current: () => current },
      ledger,
      history,
      topics,
      () => new Date('2026-11-29T10:00:01Z'),
      pino({ level: 'silent' }),
    );
  });

  it('publishes a contract-valid ScreeningResult for every new version, keyed by declarationId', async () => {
    const declaration = aDeclaration({ declarationId: 'D-1' });
    const [outcome] = await processor.process(batchOf(record(declaration)));
    expect(outcome.kind).toBe('publish');
    if (outcome.kind !== 'publish') return;
    expect(outcome.messages[0].topic).toBe(topics.screeningResults);
    expect(outcome.messages[0].message.key).toBe('D-1');
    expect(screeningResultValidator.parse(String(outcome.messages[0].message.value)).ok).toBe(true);
  });

  it('also publishes a contract-valid Alert when the result crosses the alert threshold', async () => {
    const risky = withItem('AR-15 upper receivers, stripped', '847990', {
      declarationId: 'D-2',
      parties: {
        ...aDeclaration().parties,
        consignee: { name: 'Sahel Logistics SARL', address: { country: 'ML' } },
      },
    });
    const [outcome] = await processor.process(batchOf(record(risky)));
    if (outcome.kind !== 'publish') throw new Error(`expected publish, got ${outcome.kind}`);
    expect(outcome.messages.map((m) => m.topic)).toEqual([topics.screeningResults, topics.alerts]);
    expect(alertValidator.parse(String(outcome.messages[1].message.value)).ok).toBe(true);
  });

  it('dead-letters a bad record with its reason and field path, and screens the good ones around it', async () => {
    const outcomes = await processor.process(
      batchOf(
        record(aDeclaration({ declarationId: 'G-1' })),
        record({ ...aDeclaration(), version: 0 }),
        record('{"broken"'),
        record(aDeclaration({ declarationId: 'G-2' })),
      ),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(['publish', 'dead-letter', 'dead-letter', 'publish']);
    expect(outcomes[1]).toEqual({
      kind: 'dead-letter',
      reason: 'SCHEMA_VIOLATION',
      detail: 'version: must be >= 1',
    });
    expect(outcomes[2]).toMatchObject({ kind: 'dead-letter', reason: 'INVALID_JSON' });
  });

  it('screens a higher version as an AMENDMENT and yields nothing for a replayed or lower version, also within one batch', async () => {
    const v = (version: number) => record(aDeclaration({ declarationId: 'A-1', version }));
    const outcomes = await processor.process(batchOf(v(1), v(2), v(2), v(1)));
    expect(outcomes.map((o) => o.kind)).toEqual(['publish', 'publish', 'ignore', 'ignore']);
    const triggers = outcomes
      .filter((o) => o.kind === 'publish')
      .map((o) => (o.kind === 'publish' ? JSON.parse(String(o.messages[0].message.value)).trigger : ''));
    expect(triggers[0]).toBe('LIVE');
    expect(['AMENDMENT', 'RANDOM']).toContain(triggers[1]);
    expect(ledger.entries.get('A-1')?.map((e) => e.version)).toEqual([1, 2]);
    expect(processor.reportOf(batchOf())).toBeUndefined();
  });

  it('writes the ledger and the trader history of the screened versions before it returns', async () => {
    await processor.process(batchOf(record(aDeclaration({ declarationId: 'H-1' }))));
    expect(ledger.entries.get('H-1')).toHaveLength(1);
    expect(history.recorded.map((o) => o.declarationId)).toEqual(['H-1']);
  });

  it('refuses to process (so the batch is retried, never skipped) while no snapshot is loaded', async () => {
    current = undefined;
    await expect(processor.process(batchOf(record(aDeclaration())))).rejects.toBeInstanceOf(
      SnapshotNotLoadedError,
    );
  });
});
