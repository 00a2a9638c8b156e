import { OUTCOMES, type Outcome } from '@salw/contracts';

export interface IndicatorPerformanceRow {
  readonly profile: string;
  readonly indicator: string;
  readonly hits: number;
  readonly outcomes: Readonly<Record<Outcome, number>>;
  readonly decided: number;
  /** Share of decided alerts with this indicator that ended in a seizure; undefined before any decision. */
  readonly seizureRate?: number;
  readonly falsePositiveRate?: number;
  /** Per day (UTC), the same counts: the trend over time. */
  readonly days: readonly {
    day: string;
    hits: number;
    seizures: number;
    falsePositives: number;
    decided: number;
  }[];
}

/** Turns the counters kept by the worklist scripts into rows per indicator and profile version. */
export function indicatorPerformance(counts: Readonly<Record<string, number>>): IndicatorPerformanceRow[] {
  const rows = new Map<
    string,
    {
      profile: string;
      indicator: string;
      totals: Map<string, number>;
      days: Map<string, Map<string, number>>;
    }
  >();
  for (const [field, n] of Object.entries(counts)) {
    const [profile, day, indicator, what] = field.split('|');
    if (!profile || !day || !indicator || !what) continue;
    const key = `${profile}|${indicator}`;
    const row = rows.get(key) ?? { profile, indicator, totals: new Map(), days: new Map() };
    rows.set(key, row);
    row.totals.set(what, (row.totals.get(what) ?? 0) + n);
    const dayCounts = row.days.get(day) ?? new Map<string, number>();
    row.days.set(day, dayCounts);
    dayCounts.set(what, (dayCounts.get(what) ?? 0) + n);
  }
  const decidedOf = (m: Map<string, number>) => OUTCOMES.reduce((sum, o) => sum + (m.get(o) ?? 0), 0);
  return [...rows.values()]
    .map((row) => {
      const decided = decidedOf(row.totals);
      const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, row.totals.get(o) ?? 0])) as Record<
        Outcome,
        number
      >;
      return {
        profile: row.profile,
        indicator: row.indicator,
        hits: row.totals.get('HIT') ?? 0,
        outcomes,
        decided,
        seizureRate: decided > 0 ? outcomes.SEIZURE / decided : undefined,
        falsePositiveRate: decided > 0 ? outcomes.FALSE_POSITIVE / decided : undefined,
        days: [...row.days.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([day, m]) => ({
            day,
            hits: m.get('HIT') ?? 0,
            seizures: m.get('SEIZURE') ?? 0,
            falsePositives: m.get('FALSE_POSITIVE') ?? 0,
            decided: decidedOf(m),
          })),
      };
    })
    .sort((a, b) => a.profile.localeCompare(b.profile) || b.hits - a.hits);
}
