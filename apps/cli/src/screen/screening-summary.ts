import { SEVERITIES, type ScreeningResult, type Severity } from '@salw/contracts';

/** Running totals of a screening session, and the table printed at its end. */
export class ScreeningSummary {
  screened = 0;
  invalid = 0;
  replays = 0;
  blank = 0;
  readonly bySeverity = new Map<Severity, number>(SEVERITIES.map((s) => [s, 0]));
  readonly alertsBySeverity = new Map<Severity, number>(SEVERITIES.map((s) => [s, 0]));
  readonly indicatorHits = new Map<string, number>();
  private readonly startedMs: number;

  constructor(private readonly clockMs: () => number = () => performance.now()) {
    this.startedMs = clockMs();
  }

  add(result: ScreeningResult): void {
    this.screened++;
    this.bySeverity.set(result.severity, (this.bySeverity.get(result.severity) ?? 0) + 1);
    if (result.alert)
      this.alertsBySeverity.set(result.severity, (this.alertsBySeverity.get(result.severity) ?? 0) + 1);
    for (const indicator of new Set(result.hits.map((h) => h.indicator)))
      this.indicatorHits.set(indicator, (this.indicatorHits.get(indicator) ?? 0) + 1);
  }

  get alerts(): number {
    let total = 0;
    for (const count of this.alertsBySeverity.values()) total += count;
    return total;
  }

  elapsedSeconds(): number {
    return (this.clockMs() - this.startedMs) / 1000;
  }

  perSecond(): number {
    const seconds = this.elapsedSeconds();
    return seconds > 0 ? this.screened / seconds : 0;
  }

  /** One line for a progress display. */
  progressLine(): string {
    return `screened ${this.screened}  alerts ${this.alerts}  invalid ${this.invalid}  replays ${this.replays}  ${Math.round(this.perSecond())}/s`;
  }

  table(topIndicators = 8): string {
    const rows: Array<[string, string]> = [
      ['screened', String(this.screened)],
      ['invalid (skipped)', String(this.invalid)],
      ['replays (no result)', String(this.replays)],
      ['alerts', String(this.alerts)],
      ...SEVERITIES.filter((s) => s !== 'NONE').map((s): [string, string] => [
        `  ${s}`,
        `${this.alertsBySeverity.get(s)} alerts of ${this.bySeverity.get(s)} results`,
      ]),
      [
        'throughput',
        `${Math.round(this.perSecond())} declarations/s (${this.elapsedSeconds().toFixed(2)} s)`,
      ],
    ];
    const top = [...this.indicatorHits]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, topIndicators);
    if (top.length > 0)
      rows.push(
        ['top indicators', ''],
        ...top.map(([code, n]): [string, string] => [`  ${code}`, `${n} results`]),
      );
    const width = Math.max(...rows.map(([label]) => label.length));
    return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
  }
}
