import type { Declaration, ScreeningResult } from '@salw/contracts';
import type { ScreeningSnapshot } from '@salw/risk-engine';
import type { SeededRandom } from '@salw/synthetic-traffic/random/seeded-random';
import type { NameVariantMeasure, VariantKindMeasure } from '../evaluation-report.model';
import type { ListedNameVariant } from '../names/listed-name-variant.generator';
import { NAME_VARIANT_KINDS, type NameVariantKind } from '../names/name-variant-kind';
import { EngineScreener } from '../screening/engine-screener';
import { nameProbeDeclaration } from '../screening/name-probe.builder';
import { alertsOfficer, describeResult } from './at-alert';

const MISSES_KEPT = 8;

export function namesEntry(result: ScreeningResult, entryId: string): boolean {
  return result.hits.some((h) => h.indicator === 'SANCTIONED_PARTY' && h.evidence['entryId'] === entryId);
}

export interface VariantOutcome {
  readonly variant: ListedNameVariant;
  readonly result: ScreeningResult;
  readonly found: boolean;
}

/**
 * Puts every variant of a listed name as consignor or consignee into an otherwise ordinary declaration
 * and counts it found only when an officer gets an alert (HIGH or above) naming that entry.
 */
export async function measureNameVariants(
  snapshot: ScreeningSnapshot,
  variants: readonly ListedNameVariant[],
  carriers: readonly Declaration[],
  random: SeededRandom,
): Promise<{ measure: NameVariantMeasure; outcomes: VariantOutcome[] }> {
  const screener = new EngineScreener(snapshot);
  const outcomes: VariantOutcome[] = [];
  let ms = 0;
  let elsewhere = 0;
  for (const [i, variant] of variants.entries()) {
    const carrier = carriers[i % carriers.length]!;
    const role = random.chance(0.6) ? 'consignee' : 'consignor';
    const listedCountry =
      variant.countries.length > 0 && random.chance(0.5) ? random.pick(variant.countries) : undefined;
    const probe = nameProbeDeclaration(
      carrier,
      role,
      { name: variant.text, kind: variant.partyKind, country: listedCountry },
      `V${i}`,
    );
    const { result, ms: took } = await screener.screen(probe);
    ms += took;
    const alerted = alertsOfficer(result);
    const found = alerted && namesEntry(result, variant.entryId);
    if (alerted && !found) elsewhere += 1;
    outcomes.push({ variant, result, found });
  }
  const byKind = {} as Record<NameVariantKind, VariantKindMeasure>;
  for (const kind of NAME_VARIANT_KINDS) {
    const mine = outcomes.filter((o) => o.variant.kind === kind);
    const misses = mine.filter((o) => !o.found);
    byKind[kind] = {
      probes: mine.length,
      alerted: mine.length - misses.length,
      recall: mine.length === 0 ? 0 : (mine.length - misses.length) / mine.length,
      misses: misses
        .sort((a, b) => a.result.score - b.result.score)
        .slice(0, MISSES_KEPT)
        .map((o) => ({
          input: `'${o.variant.text}' for ${o.variant.entryId} '${o.variant.listedName}'`,
          outcome: describeResult(o.result) + matchNote(o),
        })),
    };
  }
  const found = outcomes.filter((o) => o.found).length;
  return {
    measure: {
      probes: outcomes.length,
      alerted: found,
      recall: outcomes.length === 0 ? 0 : found / outcomes.length,
      alertedOnAnotherEntry: elsewhere,
      byKind,
      msPerQuery: ms / Math.max(1, outcomes.length),
    },
    outcomes,
  };
}

function matchNote(o: VariantOutcome): string {
  const hit = o.result.hits.find((h) => h.indicator === 'SANCTIONED_PARTY');
  if (!hit) return ' (no SANCTIONED_PARTY hit)';
  const e = hit.evidence;
  return e['entryId'] === o.variant.entryId
    ? ` (similarity ${String(e['similarity'])})`
    : ` (matched another entry ${String(e['entryId'])} '${String(e['matchedName'])}')`;
}
