import { INDICATOR_CODES } from '@salw/contracts';
import type { BarCheck, EvaluationReport, Example } from '../evaluation-report.model';
import { NAME_VARIANT_KINDS } from '../names/name-variant-kind';

/** The detection-quality bars, measured at the alert an officer receives. */
export const BARS = {
  nameVariantsOverall: 0.95,
  nameVariantsPerKind: 0.9,
  ordinaryNamesAlert: 0.01,
  ordinaryNamesMedium: 0.02,
  trafficAlert: 0.01,
  trafficMedium: 0.05,
  trafficIndicatorFiring: 0.1,
  labelledRecall: 0.95,
} as const;

const WORST = 5;

function lines(examples: readonly Example[]): string[] {
  return examples.slice(0, WORST).map((e) => `${e.input} => ${e.outcome}`);
}

function atLeast(id: string, description: string, value: number, limit: number, worst: string[]): BarCheck {
  return { id, description, value, limit, direction: 'at least', pass: value >= limit, worst };
}

function atMost(id: string, description: string, value: number, limit: number, worst: string[]): BarCheck {
  return { id, description, value, limit, direction: 'at most', pass: value <= limit, worst };
}

/** Every bar with today's value and, for each, the worst examples that explain a failure. */
export function detectionBars(report: Omit<EvaluationReport, 'bars'>): BarCheck[] {
  const bars: BarCheck[] = [];
  const v = report.nameVariants;
  bars.push(
    atLeast(
      'name-variants',
      `listed-name variants that alert (HIGH+) naming their entry, all ${v.probes}`,
      v.recall,
      BARS.nameVariantsOverall,
      NAME_VARIANT_KINDS.flatMap((k) =>
        lines(v.byKind[k].misses)
          .slice(0, 1)
          .map((l) => `[${k}] ${l}`),
      ),
    ),
  );
  for (const kind of NAME_VARIANT_KINDS) {
    const m = v.byKind[kind];
    bars.push(
      atLeast(
        `name-variants:${kind}`,
        `'${kind}' variants that alert (HIGH+), ${m.probes}`,
        m.recall,
        BARS.nameVariantsPerKind,
        lines(m.misses),
      ),
    );
  }
  const n = report.ordinaryNames;
  const alertedNames = n.worst.filter((w) => /^(HIGH|CRITICAL)/u.test(w.outcome));
  bars.push(
    atMost(
      'ordinary-names:alert',
      `ordinary names (${n.names}) that alert`,
      n.alertRate,
      BARS.ordinaryNamesAlert,
      lines(alertedNames),
    ),
  );
  bars.push(
    atMost(
      'ordinary-names:medium',
      `ordinary names (${n.names}) at MEDIUM or above`,
      n.mediumOrAboveRate,
      BARS.ordinaryNamesMedium,
      lines(n.worst),
    ),
  );
  const t = report.ordinaryTraffic;
  bars.push(
    atMost(
      'ordinary-traffic:alert',
      `ordinary declarations (${t.declarations}) that alert, random picks apart`,
      t.alertRate,
      BARS.trafficAlert,
      lines(t.alertExamples),
    ),
  );
  bars.push(
    atMost(
      'ordinary-traffic:medium',
      `ordinary declarations (${t.declarations}) at MEDIUM or above`,
      t.mediumOrAboveRate,
      BARS.trafficMedium,
      [
        ...Object.entries(t.indicators)
          .slice(0, 3)
          .map(([code, f]) => `${code} scores on ${(f.rate * 100).toFixed(1)}%`),
        ...lines(t.mediumExamples),
      ],
    ),
  );
  const codes = [...new Set([...INDICATOR_CODES, ...Object.keys(t.indicators)])];
  for (const code of codes) {
    const f = t.indicators[code];
    bars.push(
      atMost(
        `ordinary-traffic:${code}`,
        `${code} scoring points on ordinary declarations`,
        f?.rate ?? 0,
        BARS.trafficIndicatorFiring,
        lines(f?.examples ?? []),
      ),
    );
  }
  for (const [code, m] of Object.entries(report.labelled.indicators)) {
    bars.push(
      atLeast(
        `labelled:${code}:fires`,
        `${code} raised on its ${m.positives} labelled positives`,
        m.recall,
        BARS.labelledRecall,
        lines(m.misses),
      ),
    );
    if (m.mustAlert > 0)
      bars.push(
        atLeast(
          `labelled:${code}:alerts`,
          `${code} positives that must alert (${m.mustAlert}) and do (HIGH+)`,
          m.alertRecall,
          BARS.labelledRecall,
          lines(m.misses),
        ),
      );
  }
  return bars;
}
