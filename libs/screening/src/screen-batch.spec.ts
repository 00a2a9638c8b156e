import { alertValidator, screeningResultValidator, type Declaration } from '@salw/contracts';
import {
  historyKeysFor,
  InMemoryTraderHistory,
  type HistoryFacts,
  type HistoryQuery,
  type ScreeningSnapshot,
  type TraderObservation,
} from '@salw/risk-engine';
import {
  aDeclaration,
  defaultProfile,
  nationalList,
  NOW,
  snapshotOf,
  withItem,
} from '@salw/risk-engine/testing/screening.fixture';
import type { BatchTraderHistoryPort, PrefetchedHistory } from './batch-trader-history.port';
import { InMemoryBatchHistory } from './in-memory/in-memory-batch-history';
import { InMemoryScreeningLedger } from './in-memory/in-memory-screening-ledger';
import { contentHash } from './ledger/content-hash';
import { screenBatch, type ScreeningPorts } from './screen-batch';
import type { ScreeningRecord } from './screening-record.model';

/** History whose reads fail for the declarations named, as an engine defect would for one declaration. */
class FailingHistory implements BatchTraderHistoryPort {
  readonly recorded: TraderObservation[] = [];
  private readonly store = new InMemoryTraderHistory();
  failOnCall = new Set<number>();
  private calls = 0;

  async prefetch(): Promise<PrefetchedHistory> {
    return {
      load: async (query: HistoryQuery, now: Date): Promise<HistoryFacts> => {
        this.calls++;
        if (this.failOnCall.has(this.calls)) throw new RangeError(`no history for call ${this.calls}`);
        return this.store.load(query, now);
      },
      record: (observation) => this.store.record(observation),
    };
  }

  async recordMany(observations: readonly TraderObservation[]): Promise<void> {
    this.recorded.push(...observations);
  }
}

let offset = 0;
function recordOf(value: unknown, key?: string | null): ScreeningRecord {
  return {
    value: typeof value === 'string' ? value : JSON.stringify(value),
    key,
    position: { partition: 0, offset: String(offset++) },
  };
}

describe('screening a batch (the one screening use case)', () => {
  let snapshot: ScreeningSnapshot;
  let ledger: InMemoryScreeningLedger;
  let ports: ScreeningPorts;
  const screen = (...records: ScreeningRecord[]) => screenBatch(records, ports, { snapshot, now: NOW });

  beforeAll(async () => {
    snapshot = snapshotOf(await defaultProfile(), [
      nationalList([{ entryId: 'NAT-1', kind: 'PARTY', name: 'Sahel Logistics SARL', points: 45 }]),
    ]);
  });
  beforeEach(() => {
    ledger = new InMemoryScreeningLedger();
    ports = { ledger, history: new InMemoryBatchHistory() };
  });

  it('scores a new declaration into a contract-valid result, with a contract-valid alert above the threshold', async () => {
    const risky = withItem('AR-15 upper receivers, stripped', '847990', {
      declarationId: 'D-2',
      parties: {
        ...aDeclaration().parties,
        consignee: { name: 'Sahel Logistics SARL', address: { country: 'ML' } },
      },
    });
    const { outcomes, report } = await screen(
      recordOf(aDeclaration({ declarationId: 'D-1' })),
      recordOf(risky),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(['screened', 'screened']);
    const [quiet, alerted] = outcomes;
    if (quiet.kind !== 'screened' || alerted.kind !== 'screened') throw new Error('expected two results');
    expect(screeningResultValidator.parse(JSON.stringify(quiet.result)).ok).toBe(true);
    expect(quiet.alert).toBeUndefined();
    expect(alerted.alert && alertValidator.parse(JSON.stringify(alerted.alert)).ok).toBe(true);
    expect(report).toMatchObject({ screened: 2, alerts: 1, replays: 0 });
  });

  it('refuses a bad record with its reason and field path, and screens the good ones around it', async () => {
    const { outcomes, report } = await screen(
      recordOf(aDeclaration({ declarationId: 'G-1' })),
      recordOf({ ...aDeclaration(), version: 0 }),
      recordOf('{"broken"'),
      { value: null, position: { partition: 0, offset: String(offset++) } },
      recordOf(aDeclaration({ declarationId: 'G-2' })),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(['screened', 'refused', 'refused', 'refused', 'screened']);
    expect(outcomes[1]).toEqual({
      kind: 'refused',
      reason: 'SCHEMA_VIOLATION',
      detail: 'version: must be >= 1',
    });
    expect(outcomes[2]).toMatchObject({ kind: 'refused', reason: 'INVALID_JSON' });
    expect(report.refused).toEqual({ SCHEMA_VIOLATION: 1, INVALID_JSON: 1, EMPTY_MESSAGE: 1 });
  });

  it('screens a higher version as an AMENDMENT and yields a replay for the same content again, also within one batch', async () => {
    const v = (version: number) => recordOf(aDeclaration({ declarationId: 'A-1', version }));
    const { outcomes } = await screen(v(1), v(2), v(2), v(1));
    expect(outcomes.map((o) => o.kind)).toEqual(['screened', 'screened', 'replay', 'replay']);
    expect(outcomes[0]).toMatchObject({ result: { trigger: 'LIVE' } });
    expect(
      outcomes[1].kind === 'screened' && ['AMENDMENT', 'RANDOM'].includes(outcomes[1].result.trigger),
    ).toBe(true);
    expect(outcomes[3]).toEqual({ kind: 'replay', declarationId: 'A-1', version: 1, screenedVersion: 2 });
    expect(ledger.entriesOf('A-1').map((e) => e.version)).toEqual([1, 2]);
  });

  it('refuses a screened version sent again with other content as CONFLICTING_REPLAY, naming both hashes', async () => {
    const original = aDeclaration({ declarationId: 'C-1', version: 3 });
    const hijack: Declaration = { ...original, office: 'XXXXX01' };
    await screen(recordOf(original));
    const { outcomes, report } = await screen(recordOf(hijack));
    expect(outcomes[0]).toEqual({
      kind: 'refused',
      reason: 'CONFLICTING_REPLAY',
      detail: expect.stringContaining(
        `sha256:${contentHash(JSON.stringify(original))}; this record has sha256:${contentHash(JSON.stringify(hijack))}`,
      ),
    });
    expect(report.refused).toEqual({ CONFLICTING_REPLAY: 1 });
    expect(ledger.entriesOf('C-1')).toEqual([
      expect.objectContaining({ version: 3, contentHash: contentHash(JSON.stringify(original)) }),
    ]);
  });

  it('treats the same bytes again as a replay, and a re-serialised copy as other content (refused, not dropped)', async () => {
    const original = aDeclaration({ declarationId: 'C-2' });
    await screen(recordOf(original));
    expect((await screen(recordOf(original))).outcomes[0]).toMatchObject({ kind: 'replay' });
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(original).reverse()));
    expect((await screen(recordOf(reordered))).outcomes[0]).toMatchObject({
      kind: 'refused',
      reason: 'CONFLICTING_REPLAY',
    });
  });

  it('refuses a record whose key is not its declarationId as KEY_MISMATCH, and accepts its own id or no key', async () => {
    const declaration = aDeclaration({ declarationId: 'K-1' });
    const { outcomes } = await screen(
      recordOf(declaration, 'K-2'),
      recordOf(aDeclaration({ declarationId: 'K-3' }), 'K-3'),
      recordOf(aDeclaration({ declarationId: 'K-4' })),
    );
    expect(outcomes[0]).toEqual({
      kind: 'refused',
      reason: 'KEY_MISMATCH',
      detail: expect.stringContaining('record key "K-2" is not the declarationId "K-1"'),
    });
    expect(outcomes.slice(1).map((o) => o.kind)).toEqual(['screened', 'screened']);
    expect(ledger.entriesOf('K-1')).toEqual([]);
  });

  it('checks a key given as bytes, as Kafka gives it', async () => {
    const record = {
      ...recordOf(aDeclaration({ declarationId: 'K-5' })),
      key: new TextEncoder().encode('K-5'),
    };
    expect((await screen(record)).outcomes[0].kind).toBe('screened');
  });

  it('keeps version 1 in the ledger when version 2 of the same declaration fails to score in the same batch', async () => {
    const history = new FailingHistory();
    history.failOnCall.add(2);
    ports = { ledger, history };
    const v = (version: number) => recordOf(aDeclaration({ declarationId: 'F-1', version }));
    const onScoringFailure = jest.fn();
    const { outcomes } = await screenBatch([v(1), v(2)], ports, { snapshot, now: NOW, onScoringFailure });
    expect(outcomes.map((o) => o.kind)).toEqual(['screened', 'refused']);
    expect(outcomes[1]).toEqual({
      kind: 'refused',
      reason: 'PROCESSING_FAILED',
      detail: 'scoring failed: no history for call 2',
    });
    expect(onScoringFailure).toHaveBeenCalledWith(
      expect.objectContaining({ version: 2 }),
      expect.any(RangeError),
    );
    expect(ledger.entriesOf('F-1').map((e) => e.version)).toEqual([1]);
    expect(history.recorded.map((o) => o.version)).toEqual([1]);
  });

  it('keeps a later version screened in the batch when an earlier one fails, and lets the failed one be screened again', async () => {
    const history = new FailingHistory();
    history.failOnCall.add(1);
    ports = { ledger, history };
    const v = (version: number) => recordOf(aDeclaration({ declarationId: 'F-2', version }));
    const { outcomes } = await screen(v(1), v(2));
    expect(outcomes.map((o) => o.kind)).toEqual(['refused', 'screened']);
    expect(ledger.entriesOf('F-2').map((e) => e.version)).toEqual([2]);
  });

  it('writes nothing to the ledger for a declaration whose only version failed', async () => {
    const history = new FailingHistory();
    history.failOnCall.add(1);
    ports = { ledger, history };
    await screen(recordOf(aDeclaration({ declarationId: 'F-3' })));
    expect(ledger.entriesOf('F-3')).toEqual([]);
  });

  it('screens every version as RETRO when asked to re-screen', async () => {
    const { outcomes } = await screenBatch([recordOf(aDeclaration({ declarationId: 'R-1' }))], ports, {
      snapshot,
      now: NOW,
      trigger: 'RETRO',
    });
    expect(outcomes[0].kind === 'screened' && ['RETRO', 'RANDOM'].includes(outcomes[0].result.trigger)).toBe(
      true,
    );
  });

  it('records what it screened in the trader history, where the next declaration of the trader finds it', async () => {
    const history = new InMemoryTraderHistory();
    ports = { ledger, history: new InMemoryBatchHistory(history) };
    const first = aDeclaration({ declarationId: 'T-1' });
    await screen(recordOf(first));
    const query = historyKeysFor(first, snapshot.profile);
    const facts = await history.load(query, NOW);
    expect(Object.values(facts.firstSeen).map((seen) => seen.declarationId)).toContain('T-1');
  });
});
