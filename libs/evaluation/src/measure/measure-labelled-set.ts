import { declarationValidator } from '@salw/contracts';
import type { ScreeningSnapshot } from '@salw/risk-engine';
import type { Example, LabelledIndicatorMeasure, LabelledMeasure } from '../evaluation-report.model';
import { EngineScreener } from '../screening/engine-screener';
import { alertsOfficer, describeResult } from './at-alert';

export interface LabelledCase {
  readonly label: {
    readonly expectAlert: boolean;
    readonly expectedIndicators: readonly string[];
    readonly allowedIndicators?: readonly string[];
    readonly scenario: string;
    readonly note: string;
  };
  readonly declaration: unknown;
}

const MISSES_KEPT = 6;

/**
 * Screens the labelled cases in file order (split shipments and new traders depend on what came before)
 * and measures each indicator against its labels: precision and recall of the indicator itself, and
 * recall at the alert over the positives an officer must see.
 */
export async function measureLabelledSet(
  snapshot: ScreeningSnapshot,
  cases: readonly LabelledCase[],
): Promise<LabelledMeasure> {
  const screener = new EngineScreener(snapshot);
  const rows: { c: LabelledCase; fired: Set<string>; alerted: boolean; outcome: string }[] = [];
  for (const [i, c] of cases.entries()) {
    const checked = declarationValidator.check(c.declaration);
    if (!checked.ok)
      throw new Error(
        `labelled case ${i + 1} (${c.label.scenario}) is not a valid declaration: ${JSON.stringify(checked)}`,
      );
    const { result } = await screener.screen(checked.value);
    rows.push({
      c,
      fired: new Set(result.hits.filter((h) => h.points > 0).map((h) => h.indicator)),
      alerted: alertsOfficer(result),
      outcome: describeResult(result),
    });
  }
  const codes = [...new Set(cases.flatMap((c) => c.label.expectedIndicators))]
    .filter((c) => c !== 'RANDOM_SELECTION')
    .sort();
  const indicators: Record<string, LabelledIndicatorMeasure> = {};
  for (const code of codes) {
    const positives = rows.filter((r) => r.c.label.expectedIndicators.includes(code));
    const firedOnPositives = positives.filter((r) => r.fired.has(code)).length;
    const firedUnexpected = rows.filter(
      (r) =>
        r.fired.has(code) &&
        !r.c.label.expectedIndicators.includes(code) &&
        !(r.c.label.allowedIndicators ?? []).includes(code),
    ).length;
    const mustAlert = positives.filter((r) => r.c.label.expectAlert);
    const alerted = mustAlert.filter((r) => r.alerted).length;
    const misses: Example[] = positives
      .filter((r) => !r.fired.has(code) || (r.c.label.expectAlert && !r.alerted))
      .slice(0, MISSES_KEPT)
      .map((r) => ({ input: `${r.c.label.scenario}: ${r.c.label.note}`, outcome: r.outcome }));
    indicators[code] = {
      positives: positives.length,
      firedOnPositives,
      firedUnexpected,
      precision:
        firedOnPositives + firedUnexpected === 0
          ? 0
          : firedOnPositives / (firedOnPositives + firedUnexpected),
      recall: positives.length === 0 ? 0 : firedOnPositives / positives.length,
      mustAlert: mustAlert.length,
      alerted,
      alertRecall: mustAlert.length === 0 ? 1 : alerted / mustAlert.length,
      misses,
    };
  }
  return { cases: cases.length, indicators };
}
