import { SEVERITIES, type Severity } from '@salw/contracts';
import type { ScreeningSnapshot } from '@salw/risk-engine';
import type { Example, IndicatorFiring, OrdinaryTrafficMeasure } from '../evaluation-report.model';
import { EngineScreener } from '../screening/engine-screener';
import type { OrdinaryDeclaration } from '../traffic/ordinary-traffic.generator';
import { alertsOfficer, atLeast, describeResult, findingSeverity } from './at-alert';

const EXAMPLES = 6;

function summary(d: OrdinaryDeclaration): string {
  const decl = d.declaration;
  const goods = decl.items.map((i) => `${i.hsCode} '${i.description}'`).join('; ');
  return `${decl.declarationId} ${decl.kind} ${decl.route.origin}->${decl.route.destination} ${decl.transport.mode}: ${goods}`;
}

/** Screens clean traffic and counts what an officer would be shown. */
export async function measureOrdinaryTraffic(
  snapshot: ScreeningSnapshot,
  traffic: readonly OrdinaryDeclaration[],
): Promise<OrdinaryTrafficMeasure> {
  const screener = new EngineScreener(snapshot);
  const severities = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const fired = new Map<string, { withPoints: number; notesOnly: number; examples: Example[] }>();
  const origins = new Map<string, number>();
  let alerts = 0;
  let randoms = 0;
  let medium = 0;
  let ms = 0;
  const hard = { declarations: 0, alerts: 0, mediumOrAbove: 0 };
  const alertExamples: Example[] = [];
  const mediumExamples: Example[] = [];
  for (const d of traffic) {
    const { result, ms: took } = await screener.screen(d.declaration);
    ms += took;
    origins.set(d.declaration.route.origin, (origins.get(d.declaration.route.origin) ?? 0) + 1);
    const severity = findingSeverity(result, snapshot.profile);
    severities[severity] += 1;
    if (result.trigger === 'RANDOM') randoms += 1;
    const alerted = alertsOfficer(result);
    const atMedium = atLeast(severity, 'MEDIUM');
    if (alerted) alerts += 1;
    if (atMedium) medium += 1;
    if (d.hardNegatives.length > 0) {
      hard.declarations += 1;
      if (alerted) hard.alerts += 1;
      if (atMedium) hard.mediumOrAbove += 1;
    }
    const example = { input: summary(d), outcome: describeResult(result) };
    if (alerted && alertExamples.length < EXAMPLES) alertExamples.push(example);
    else if (atMedium && !alerted && mediumExamples.length < EXAMPLES) mediumExamples.push(example);
    const codes = new Map<string, boolean>();
    for (const hit of result.hits)
      codes.set(hit.indicator, (codes.get(hit.indicator) ?? false) || hit.points > 0);
    for (const [code, scored] of codes) {
      const tally = fired.get(code) ?? { withPoints: 0, notesOnly: 0, examples: [] };
      fired.set(code, tally);
      if (scored) {
        tally.withPoints += 1;
        if (tally.examples.length < EXAMPLES) {
          const hit = result.hits.find((h) => h.indicator === code && h.points > 0);
          tally.examples.push({ input: summary(d), outcome: `+${hit?.points}: ${hit?.reason}` });
        }
      } else tally.notesOnly += 1;
    }
  }
  const n = traffic.length;
  const indicators: Record<string, IndicatorFiring> = {};
  for (const [code, t] of [...fired].sort((a, b) => b[1].withPoints - a[1].withPoints))
    indicators[code] = {
      withPoints: t.withPoints,
      rate: t.withPoints / n,
      notesOnly: t.notesOnly,
      examples: t.examples,
    };
  const originShares: Record<string, number> = {};
  for (const [code, count] of [...origins].sort((a, b) => b[1] - a[1])) originShares[code] = count / n;
  return {
    declarations: n,
    severities,
    alerts,
    alertRate: alerts / n,
    randomSelections: randoms,
    mediumOrAbove: medium,
    mediumOrAboveRate: medium / n,
    hardNegatives: hard,
    originShares,
    indicators,
    alertExamples,
    mediumExamples,
    msPerDeclaration: ms / n,
  };
}
