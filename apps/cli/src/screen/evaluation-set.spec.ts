import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { severityRank } from '@salw/risk-engine';
import type { ScreeningResult } from '@salw/contracts';
import { OfflineScreeningSession } from './offline-screening.session';
import { sampleListsSnapshot } from './sample-lists-snapshot.fixture';

/**
 * Quality of the default profile on the labelled evaluation set (tests/fixtures/evaluation): recall of
 * the cases an officer must see, and how often ordinary or lawful traffic would cry wolf. Screened in
 * file order with one session, as the labels assume. It lives beside the offline session it screens
 * with, so that no test outside the CLI imports the CLI's internals.
 */
interface Labelled {
  label: {
    risky: boolean;
    expectAlert: boolean;
    expectedIndicators: string[];
    allowedIndicators?: string[];
    scenario: string;
    note: string;
  };
  declaration: unknown;
}

const ROOT = join(__dirname, '..', '..', '..', '..');
const RECALL_TARGET = 0.95;
const FALSE_ALERT_TARGET = 0.02;

describe('salw-default on the labelled evaluation set', () => {
  let cases: Labelled[];
  let results: ScreeningResult[];

  beforeAll(async () => {
    const snapshot = await sampleListsSnapshot();
    cases = readFileSync(join(ROOT, 'tests/fixtures/evaluation/evaluation-set.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Labelled);
    const session = new OfflineScreeningSession(snapshot, () => new Date('2026-11-29T12:00:00Z'));
    results = [];
    for (const c of cases) {
      const outcome = await session.screen(JSON.stringify(c.declaration));
      if (outcome.kind !== 'screened')
        throw new Error(`case ${c.label.scenario} was not screened: ${JSON.stringify(outcome)}`);
      results.push(outcome.result);
    }
  });

  const alertedAtHigh = (r: ScreeningResult) =>
    r.alert && severityRank(r.severity) >= severityRank('HIGH') && r.trigger !== 'RANDOM';

  it(`alerts (HIGH or above) on at least ${RECALL_TARGET * 100}% of the cases an officer must see, and prints the confusion table`, () => {
    let tp = 0,
      fn = 0,
      fp = 0,
      tn = 0;
    const missed: string[] = [];
    const falseAlerts: string[] = [];
    cases.forEach((c, i) => {
      const alerted = alertedAtHigh(results[i]);
      if (c.label.expectAlert && alerted) tp++;
      else if (c.label.expectAlert) {
        fn++;
        missed.push(
          `${c.label.scenario} (score ${results[i].score}, ${results[i].hits.map((h) => h.indicator).join('+') || 'no hits'}): ${c.label.note}`,
        );
      } else if (alerted) {
        fp++;
        falseAlerts.push(
          `${c.label.scenario} (score ${results[i].score}, ${results[i].hits.map((h) => `${h.indicator}:${h.points}`).join('+')}): ${c.label.note}`,
        );
      } else tn++;
    });
    const recall = tp / (tp + fn);
    const falseAlertRate = fp / (fp + tn);
    console.log(
      [
        `evaluation set: ${cases.length} cases`,
        '                 alert   no alert',
        `  must alert     ${String(tp).padStart(5)}   ${String(fn).padStart(8)}`,
        `  must not       ${String(fp).padStart(5)}   ${String(tn).padStart(8)}`,
        `  recall ${(recall * 100).toFixed(1)}% (target >= ${RECALL_TARGET * 100}%), false alerts ${(falseAlertRate * 100).toFixed(1)}% (target <= ${FALSE_ALERT_TARGET * 100}%)`,
        ...(missed.length ? ['  missed:', ...missed.map((m) => `    ${m}`)] : []),
        ...(falseAlerts.length ? ['  false alerts:', ...falseAlerts.map((m) => `    ${m}`)] : []),
      ].join('\n'),
    );
    expect({ recall: recall >= RECALL_TARGET, missed }).toEqual({ recall: true, missed: expect.any(Array) });
    expect({ falseAlertRate: falseAlertRate <= FALSE_ALERT_TARGET, falseAlerts }).toEqual({
      falseAlertRate: true,
      falseAlerts: expect.any(Array),
    });
  });

  it('raises every expected indicator on the positive cases it was written for', () => {
    const lacking = cases
      .map((c, i) => ({ c, fired: new Set(results[i].hits.map((h) => h.indicator)) }))
      .filter(({ c }) => c.label.risky)
      .flatMap(({ c, fired }) =>
        c.label.expectedIndicators
          .filter((code) => !fired.has(code))
          .map((code) => `${c.label.scenario}: ${code}`),
      );
    const share = lacking.length / cases.filter((c) => c.label.risky).length;
    if (lacking.length)
      console.log(
        `expected indicators not raised (${lacking.length}):\n  ${lacking.slice(0, 40).join('\n  ')}`,
      );
    expect(share).toBeLessThanOrEqual(0.05);
  });

  it('never says ARMS_KEYWORD_MISMATCH on the hard negatives (ambiguous words in ordinary goods)', () => {
    const noisy = cases
      .map((c, i) => ({ c, r: results[i] }))
      .filter(({ c }) => c.label.scenario.startsWith('hard-negative'))
      .filter(({ r }) => r.hits.some((h) => h.indicator === 'ARMS_KEYWORD_MISMATCH'))
      .map(
        ({ c, r }) =>
          `${c.label.note}: ${r.hits.find((h) => h.indicator === 'ARMS_KEYWORD_MISMATCH')?.reason}`,
      );
    expect(noisy).toEqual([]);
  });
});
