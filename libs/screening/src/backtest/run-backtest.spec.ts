import type { AlertOutcome, Declaration } from '@salw/contracts';
import type { ScreeningSnapshot } from '@salw/risk-engine';
import {
  aDeclaration,
  defaultProfile,
  nationalList,
  NOW,
  snapshotOf,
} from '@salw/risk-engine/testing/screening.fixture';
import type { ScreeningRecord } from '../screening-record.model';
import { AlertOutcomeIndex } from './alert-outcome-index';
import { formatBacktestTable } from './format-backtest-table';
import { runBacktest } from './run-backtest';

const LISTED = 'Sahel Logistics SARL';

function consignedTo(id: string, name: string): Declaration {
  // Ordinary goods: the listed consignee alone decides whether it alerts.
  return aDeclaration({
    declarationId: id,
    parties: { ...aDeclaration().parties, consignee: { name, address: { country: 'ML' } } },
  });
}

function records(...declarations: Declaration[]): ScreeningRecord[] {
  return declarations.map((d, i) => ({
    value: JSON.stringify(d),
    position: { partition: 0, offset: String(i) },
  }));
}

async function* inBatches(all: ScreeningRecord[], size: number): AsyncGenerator<ScreeningRecord[]> {
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}

function outcome(patch: Partial<AlertOutcome>): AlertOutcome {
  return {
    alertId: 'alt-unknown-000',
    declarationId: 'X',
    version: 1,
    status: 'CLOSED',
    outcome: 'NO_FIND',
    officer: 'officer-1',
    decidedAt: '2026-11-30T10:00:00Z',
    indicators: [],
    ...patch,
  };
}

describe('backtest: the same past declarations through the baseline and a candidate snapshot', () => {
  let unlisted: ScreeningSnapshot;
  let listed: ScreeningSnapshot;
  const traffic = () =>
    records(
      aDeclaration({ declarationId: 'Q-1' }),
      consignedTo('L-1', LISTED),
      aDeclaration({ declarationId: 'Q-2' }),
      consignedTo('L-2', LISTED),
      aDeclaration({ declarationId: 'Q-1' }),
      { ...aDeclaration({ declarationId: 'BAD' }), version: 0 } as Declaration,
    );

  beforeAll(async () => {
    const profile = await defaultProfile();
    unlisted = snapshotOf(profile, [
      nationalList([{ entryId: 'NAT-0', kind: 'PARTY', name: 'Nobody Trading' }]),
    ]);
    listed = snapshotOf(profile, [
      nationalList([{ entryId: 'NAT-1', kind: 'PARTY', name: LISTED, points: 60 }]),
    ]);
  });

  it('finds no change when the candidate is the baseline, and counts replays and refusals on both sides', async () => {
    const report = await runBacktest(inBatches(traffic(), 2), {
      baseline: listed,
      candidate: listed,
      now: NOW,
    });
    expect(report.records).toBe(6);
    expect(report.candidate.figures).toEqual(report.baseline.figures);
    expect(report.baseline.figures).toMatchObject({
      screened: 4,
      replays: 1,
      refused: { SCHEMA_VIOLATION: 1 },
    });
    expect([report.alertsGained.count, report.alertsLost.count, report.severityChanges.count]).toEqual([
      0, 0, 0,
    ]);
  });

  it('counts the same figures whatever the batch size, as the screener and the screen command do', async () => {
    const one = await runBacktest(inBatches(traffic(), 1), {
      baseline: unlisted,
      candidate: listed,
      now: NOW,
    });
    const all = await runBacktest(inBatches(traffic(), 100), {
      baseline: unlisted,
      candidate: listed,
      now: NOW,
    });
    expect(all).toEqual(one);
  });

  it('reports the alerts a newly listed party gains, with the indicator and the severity change', async () => {
    const report = await runBacktest(inBatches(traffic(), 3), {
      baseline: unlisted,
      candidate: listed,
      now: NOW,
    });
    const sanctioned = report.indicators.find((i) => i.indicator === 'SANCTIONED_PARTY');
    expect(sanctioned).toEqual({ indicator: 'SANCTIONED_PARTY', baseline: 0, candidate: 2, delta: 2 });
    expect(report.severityChanges.declarations.map((d) => d.declarationId)).toEqual(['L-1', 'L-2']);
    expect(report.candidate.figures.alerts - report.baseline.figures.alerts).toBe(
      report.alertsGained.count - report.alertsLost.count,
    );
    expect([report.alertsGained.count, report.alertsLost.count]).toEqual([2, 0]);
  });

  it('names what the desk decided on a lost alert (by its alertId) and on a gained one (by the declaration version)', async () => {
    const reverse = await runBacktest(inBatches(traffic(), 3), {
      baseline: listed,
      candidate: unlisted,
      now: NOW,
    });
    const lostAlert = reverse.severityChanges.declarations.find(
      (d) => d.baseline.alert && !d.candidate.alert,
    );
    if (!lostAlert?.baseline.alertId) {
      // The listed party alone must lift these declarations over the alert threshold for this test to mean anything.
      throw new Error(`no alert was lost: ${JSON.stringify(reverse.severityChanges)}`);
    }
    const desk = new AlertOutcomeIndex();
    desk.add(
      outcome({
        alertId: lostAlert.baseline.alertId,
        declarationId: lostAlert.declarationId,
        outcome: 'SEIZURE',
      }),
    );
    desk.add(outcome({ alertId: 'alt-other-0001', declarationId: 'L-2', outcome: 'FALSE_POSITIVE' }));

    const lost = await runBacktest(inBatches(traffic(), 3), {
      baseline: listed,
      candidate: unlisted,
      now: NOW,
      outcomes: desk,
    });
    const gained = await runBacktest(inBatches(traffic(), 3), {
      baseline: unlisted,
      candidate: listed,
      now: NOW,
      outcomes: desk,
    });
    expect(lost.alertsLost.outcomes).toMatchObject({ SEIZURE: 1 });
    expect(gained.alertsGained.outcomes).toMatchObject({ FALSE_POSITIVE: 1 });
    expect(gained.alertsGained.declarations.find((d) => d.declarationId === 'L-2')?.outcome).toMatchObject({
      outcome: 'FALSE_POSITIVE',
    });
  });

  it('prints the comparison as a table with both columns and the changed declarations', async () => {
    const report = await runBacktest(inBatches(traffic(), 3), {
      baseline: unlisted,
      candidate: listed,
      now: NOW,
    });
    const table = formatBacktestTable(report);
    expect(table).toMatch(/SANCTIONED_PARTY\s+0\s+2\s+\+2/);
    expect(table).toContain('L-1 v1:');
    expect(table).toContain(
      `candidate: profile ${listed.profile.id} v${listed.profile.version}; lists national@`,
    );
  });
});
