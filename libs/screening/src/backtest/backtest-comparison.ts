import type { Outcome, ScreeningResult } from '@salw/contracts';
import type { ScreeningSnapshot } from '@salw/risk-engine';
import type { AlertOutcomeIndex } from './alert-outcome-index';
import type {
  AlertDifference,
  BacktestReport,
  ChangedDeclaration,
  IndicatorComparison,
  SideResult,
  SnapshotLabel,
} from './backtest-report.model';
import type { ScreeningFigures } from './screening-figures';

class DifferenceTally {
  count = 0;
  readonly outcomes: Partial<Record<Outcome | 'UNKNOWN', number>> = {};
  readonly declarations: ChangedDeclaration[] = [];

  constructor(private readonly keep: number) {}

  add(change: ChangedDeclaration): void {
    this.count++;
    const key = change.outcome?.outcome ?? 'UNKNOWN';
    this.outcomes[key] = (this.outcomes[key] ?? 0) + 1;
    if (this.declarations.length < this.keep) this.declarations.push(change);
  }

  done(): AlertDifference {
    return { count: this.count, outcomes: { ...this.outcomes }, declarations: this.declarations };
  }
}

const side = (r: ScreeningResult): SideResult => ({
  severity: r.severity,
  score: r.score,
  alert: r.alert,
  ...(r.alertId === undefined ? {} : { alertId: r.alertId }),
  indicators: [...new Set(r.hits.map((h) => h.indicator))],
});

/**
 * Pairs each declaration version's baseline and candidate results: alerts gained, alerts lost (with
 * the desk's decisions where it has them) and severity changes. Pure: results in, figures out.
 */
export class BacktestComparison {
  private readonly gained: DifferenceTally;
  private readonly lost: DifferenceTally;
  private readonly severity: DifferenceTally;
  private readonly transitions: Record<string, number> = {};

  constructor(
    private readonly outcomes: AlertOutcomeIndex | undefined,
    keep = 50,
  ) {
    this.gained = new DifferenceTally(keep);
    this.lost = new DifferenceTally(keep);
    this.severity = new DifferenceTally(keep);
  }

  add(baseline: ScreeningResult, candidate: ScreeningResult): void {
    if (baseline.alert === candidate.alert && baseline.severity === candidate.severity) return;
    const outcome = this.outcomes?.find(
      baseline.alertId ?? candidate.alertId,
      baseline.declarationId,
      baseline.version,
    );
    const change: ChangedDeclaration = {
      declarationId: baseline.declarationId,
      version: baseline.version,
      baseline: side(baseline),
      candidate: side(candidate),
      ...(outcome ? { outcome } : {}),
    };
    if (!baseline.alert && candidate.alert) this.gained.add(change);
    if (baseline.alert && !candidate.alert) this.lost.add(change);
    if (baseline.severity !== candidate.severity) {
      this.severity.add(change);
      const key = `${baseline.severity}->${candidate.severity}`;
      this.transitions[key] = (this.transitions[key] ?? 0) + 1;
    }
  }

  report(
    records: number,
    baseline: { snapshot: ScreeningSnapshot; figures: ScreeningFigures },
    candidate: { snapshot: ScreeningSnapshot; figures: ScreeningFigures },
  ): BacktestReport {
    const severity = this.severity.done();
    return {
      records,
      baseline: { snapshot: labelOf(baseline.snapshot), figures: baseline.figures },
      candidate: { snapshot: labelOf(candidate.snapshot), figures: candidate.figures },
      indicators: compareIndicators(baseline.figures, candidate.figures),
      alertsGained: this.gained.done(),
      alertsLost: this.lost.done(),
      severityChanges: {
        count: severity.count,
        byTransition: { ...this.transitions },
        declarations: severity.declarations,
      },
    };
  }
}

function labelOf(snapshot: ScreeningSnapshot): SnapshotLabel {
  return {
    profile: { id: snapshot.profile.id, version: snapshot.profile.version },
    watchlists: snapshot.watchlists.version,
    lists: { ...snapshot.watchlists.lists },
  };
}

function compareIndicators(baseline: ScreeningFigures, candidate: ScreeningFigures): IndicatorComparison[] {
  const codes = new Set([...Object.keys(baseline.indicatorHits), ...Object.keys(candidate.indicatorHits)]);
  return [...codes]
    .map((indicator) => {
      const b = baseline.indicatorHits[indicator] ?? 0;
      const c = candidate.indicatorHits[indicator] ?? 0;
      return { indicator, baseline: b, candidate: c, delta: c - b };
    })
    .sort(
      (x, y) =>
        Math.abs(y.delta) - Math.abs(x.delta) ||
        y.candidate - x.candidate ||
        (x.indicator < y.indicator ? -1 : 1),
    );
}
