import { SEVERITIES, type ScreeningResult, type Severity } from '@salw/contracts';

/** The figures of one screening run, counted the way the `screen` command's summary counts them. */
export interface ScreeningFigures {
  readonly screened: number;
  /** Records refused (invalid, conflicting, unscorable), by reason. */
  readonly refused: Readonly<Record<string, number>>;
  /** Versions seen again (no result). */
  readonly replays: number;
  readonly alerts: number;
  /** alerts / screened (0 when nothing was screened). */
  readonly alertRate: number;
  readonly resultsBySeverity: Readonly<Record<Severity, number>>;
  readonly alertsBySeverity: Readonly<Record<Severity, number>>;
  /** Alert rate per severity: alerts of that severity / screened. */
  readonly alertRateBySeverity: Readonly<Record<Severity, number>>;
  /** Results in which the indicator fired at least once, by indicator code. */
  readonly indicatorHits: Readonly<Record<string, number>>;
}

const zeroes = (): Record<Severity, number> =>
  Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;

/** Running counts of one side of a backtest. */
export class ScreeningFiguresTally {
  private screened = 0;
  private replays = 0;
  private readonly refused: Record<string, number> = {};
  private readonly bySeverity = zeroes();
  private readonly alertsBySeverity = zeroes();
  private readonly indicatorHits = new Map<string, number>();

  addResult(result: ScreeningResult): void {
    this.screened++;
    this.bySeverity[result.severity]++;
    if (result.alert) this.alertsBySeverity[result.severity]++;
    for (const code of new Set(result.hits.map((h) => h.indicator)))
      this.indicatorHits.set(code, (this.indicatorHits.get(code) ?? 0) + 1);
  }

  addReplay(): void {
    this.replays++;
  }

  addRefusal(reason: string): void {
    this.refused[reason] = (this.refused[reason] ?? 0) + 1;
  }

  figures(): ScreeningFigures {
    const alerts = SEVERITIES.reduce((sum, s) => sum + this.alertsBySeverity[s], 0);
    const rate = (n: number) => (this.screened === 0 ? 0 : n / this.screened);
    const alertRateBySeverity = zeroes();
    for (const s of SEVERITIES) alertRateBySeverity[s] = rate(this.alertsBySeverity[s]);
    return {
      screened: this.screened,
      refused: { ...this.refused },
      replays: this.replays,
      alerts,
      alertRate: rate(alerts),
      resultsBySeverity: { ...this.bySeverity },
      alertsBySeverity: { ...this.alertsBySeverity },
      alertRateBySeverity,
      indicatorHits: Object.fromEntries(
        [...this.indicatorHits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
      ),
    };
  }
}
