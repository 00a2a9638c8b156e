import type { Declaration, ScreeningResult } from '@salw/contracts';
import type { ScreeningSnapshot } from '@salw/risk-engine';
import type { SeededRandom } from '@salw/synthetic-traffic/random/seeded-random';
import { ARMS_EMBARGOED_COUNTRIES } from '../data/arms-embargoed-countries.data';
import type { OrdinaryNameMeasure } from '../evaluation-report.model';
import type { OrdinaryName } from '../names/ordinary-name.generator';
import { EngineScreener } from '../screening/engine-screener';
import { nameProbeDeclaration } from '../screening/name-probe.builder';
import { alertsOfficer, atLeast, describeResult, findingSeverity } from './at-alert';

const WORST_KEPT = 12;

export interface OrdinaryNameOutcome {
  readonly name: OrdinaryName;
  readonly result: ScreeningResult;
  readonly alerted: boolean;
  readonly mediumOrAbove: boolean;
  readonly role: 'consignee' | 'consignor';
}

/** Ordinary trader and person names as consignor or consignee of ordinary consignments on quiet lanes. */
export async function measureOrdinaryNames(
  snapshot: ScreeningSnapshot,
  names: readonly OrdinaryName[],
  droppedAsListed: number,
  carriers: readonly Declaration[],
  carrierBaseline: OrdinaryNameMeasure['carrierBaseline'],
  random: SeededRandom,
): Promise<{ measure: OrdinaryNameMeasure; outcomes: OrdinaryNameOutcome[] }> {
  const screener = new EngineScreener(snapshot);
  const outcomes: OrdinaryNameOutcome[] = [];
  let ms = 0;
  for (const [i, name] of names.entries()) {
    const carrier = carriers[i % carriers.length]!;
    const role = random.chance(0.5) ? 'consignee' : 'consignor';
    // The name's own country as address, unless that country is under an arms embargo: the probe
    // measures the name, not the lane.
    const country = ARMS_EMBARGOED_COUNTRIES.has(name.country) ? undefined : name.country;
    const probe = nameProbeDeclaration(carrier, role, { name: name.name, kind: name.kind, country }, `N${i}`);
    const { result, ms: took } = await screener.screen(probe);
    ms += took;
    outcomes.push({
      name,
      result,
      alerted: alertsOfficer(result),
      mediumOrAbove: atLeast(findingSeverity(result, snapshot.profile), 'MEDIUM'),
      role,
    });
  }
  const byCulture: Record<string, { names: number; alerts: number; mediumOrAbove: number }> = {};
  for (const o of outcomes) {
    const t = (byCulture[o.name.culture] ??= { names: 0, alerts: 0, mediumOrAbove: 0 });
    t.names += 1;
    if (o.alerted) t.alerts += 1;
    if (o.mediumOrAbove) t.mediumOrAbove += 1;
  }
  const alerts = outcomes.filter((o) => o.alerted).length;
  const medium = outcomes.filter((o) => o.mediumOrAbove).length;
  const worst = outcomes
    .filter((o) => o.mediumOrAbove)
    .sort((a, b) => b.result.score - a.result.score)
    .slice(0, WORST_KEPT)
    .map((o) => {
      // The probe's own match if there is one; else a match on the carrier's other party, said as such.
      const hits = o.result.hits.filter((h) => h.indicator === 'SANCTIONED_PARTY');
      const hit = hits.find((h) => h.party === o.role) ?? hits[0];
      const onCarrier = hit !== undefined && hit.party !== o.role ? ` on the carrier's ${hit.party}` : '';
      return {
        input: `'${o.name.name}' (${o.name.culture}, ${o.name.kind.toLowerCase()})`,
        outcome:
          describeResult(o.result) +
          (hit
            ? `${onCarrier} -> ${String(hit.evidence['entryId'])} '${String(hit.evidence['matchedName'])}' (${String(hit.evidence['similarity'])})`
            : ''),
      };
    });
  const n = outcomes.length;
  return {
    measure: {
      names: n,
      droppedAsListed,
      alerts,
      alertRate: alerts / Math.max(1, n),
      mediumOrAbove: medium,
      mediumOrAboveRate: medium / Math.max(1, n),
      byCulture,
      worst,
      msPerQuery: ms / Math.max(1, n),
      carrierBaseline,
    },
    outcomes,
  };
}
