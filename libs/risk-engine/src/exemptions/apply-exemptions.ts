import type { Declaration, Hit, Party, PartyRole } from '@salw/contracts';
import { addressKeyVariants } from '../indicators/watchlisted-address.indicator';
import { normaliseTraderId } from '../snapshot/identifier-keys';
import {
  entryKey,
  type CompiledExemption,
  type CompiledExemptions,
  type SubjectIndex,
} from './compiled-exemptions';
import { inForce, laneMatches, partyMatches, subjectMatches } from './exemption-matching';
import type { Exemption } from './exemption.schema';

export interface ExemptedHits {
  /** Hits that still score (a name match re-pointed to an entry not exempted included). */
  readonly live: readonly Hit[];
  /** Hits an exemption covers: shown with 0 points, the exemption named in reason and evidence. */
  readonly exempted: readonly Hit[];
}

const NONE: readonly Hit[] = Object.freeze([]);

/**
 * Marks the hits of one indicator that an exemption in force at `at` (the screening clock, ms) covers.
 * Nothing is dropped: an exempted hit keeps its reason and evidence, scores 0 and says which
 * exemption, by whom, why and until when. A name match whose best entry is exempted while other
 * entries it resembles are not stays live, scored as the heaviest entry left.
 */
export function applyExemptions(
  exemptions: CompiledExemptions,
  hits: readonly Hit[],
  declaration: Declaration,
  at: number,
): ExemptedHits {
  if (exemptions.size === 0 || hits.length === 0) return { live: hits, exempted: NONE };
  const live: Hit[] = [];
  const exempted: Hit[] = [];
  let changed = false;
  for (const hit of hits) {
    const byEntry =
      hit.party === undefined ? undefined : entryExemption(exemptions, hit, hit.party, declaration, at);
    if (byEntry !== undefined) {
      changed = true;
      const remaining = byEntry.remaining;
      if (remaining === undefined) exempted.push(markExempted(hit, byEntry.exemptions));
      else live.push(repointed(hit, byEntry.exemptions, remaining));
      continue;
    }
    const byIndicator = indicatorExemption(exemptions.byIndicator.get(hit.indicator), hit, declaration, at);
    if (byIndicator === undefined) live.push(hit);
    else {
      changed = true;
      exempted.push(markExempted(hit, [byIndicator.exemption]));
    }
  }
  return changed ? { live, exempted } : { live: hits, exempted: NONE };
}

function firstApplicable(
  candidates: readonly CompiledExemption[] | undefined,
  at: number,
  declaration: Declaration,
  matches: (c: CompiledExemption) => boolean,
): CompiledExemption | undefined {
  if (candidates === undefined) return undefined;
  for (const c of candidates)
    if (inForce(c, at) && laneMatches(c.exemption.lane, declaration) && matches(c)) return c;
  return undefined;
}

/**
 * The first INDICATOR exemption (in set order) applying to the hit, found through the subject index:
 * the prefixes of the hit's HS code, the ids and addresses of the parties it may concern.
 */
function indicatorExemption(
  index: SubjectIndex | undefined,
  hit: Hit,
  declaration: Declaration,
  at: number,
): CompiledExemption | undefined {
  if (index === undefined) return undefined;
  let best: CompiledExemption | undefined;
  const consider = (candidates: readonly CompiledExemption[] | undefined) => {
    if (candidates === undefined) return;
    for (const c of candidates) {
      if (best !== undefined && c.ordinal >= best.ordinal) return; // each list is in set order
      if (
        inForce(c, at) &&
        laneMatches(c.exemption.lane, declaration) &&
        subjectMatches(c, hit, declaration)
      ) {
        best = c;
        return;
      }
    }
  };
  if (index.byHeading.size > 0) {
    const item =
      hit.itemLine === undefined
        ? declaration.items[0]
        : declaration.items.find((i) => i.line === hit.itemLine);
    const code = item?.hsCode ?? '';
    for (let length = 4; length <= code.length; length++)
      consider(index.byHeading.get(code.slice(0, length)));
  }
  if (index.byTraderId.size > 0 || index.byAddress.size > 0)
    for (const party of partiesOf(hit, declaration)) {
      if (party.id !== undefined && index.byTraderId.size > 0)
        consider(index.byTraderId.get(normaliseTraderId(party.id)));
      if (party.address !== undefined && index.byAddress.size > 0)
        for (const key of addressKeyVariants(party.address)) consider(index.byAddress.get(key));
    }
  return best;
}

/** The hit's party, or every party of the declaration for a hit that names none. */
function partiesOf(hit: Hit, declaration: Declaration): Party[] {
  const parties = declaration.parties as Readonly<Record<string, Party | undefined>>;
  if (hit.party !== undefined) {
    const party = parties[hit.party];
    return party === undefined ? [] : [party];
  }
  return Object.values(parties).filter((p): p is Party => p !== undefined);
}

interface OtherMatch {
  readonly list: string;
  readonly entryId: string;
  readonly points: number;
}

/**
 * The PARTY_NOT_LISTED exemptions covering the hit's entry for its party, and, when the hit also
 * lists other entries the party resembles (`otherMatches`), those not exempted.
 */
function entryExemption(
  exemptions: CompiledExemptions,
  hit: Hit,
  role: PartyRole,
  declaration: Declaration,
  at: number,
): { exemptions: Exemption[]; remaining?: OtherMatch[] } | undefined {
  const { list, entryId } = hit.evidence;
  if (typeof list !== 'string' || typeof entryId !== 'string') return undefined;
  const exempt = (l: string, id: string) =>
    firstApplicable(exemptions.byEntry.get(entryKey(l, id)), at, declaration, (c) =>
      partyMatches(c, role, declaration),
    );
  const first = exempt(list, entryId);
  if (first === undefined) return undefined;
  const covering = [first.exemption];
  const remaining: OtherMatch[] = [];
  for (const other of otherMatchesOf(hit)) {
    const c = exempt(other.list, other.entryId);
    if (c === undefined) remaining.push(other);
    else if (!covering.includes(c.exemption)) covering.push(c.exemption);
  }
  return remaining.length === 0 ? { exemptions: covering } : { exemptions: covering, remaining };
}

function otherMatchesOf(hit: Hit): OtherMatch[] {
  const others = hit.evidence.otherMatches;
  if (!Array.isArray(others)) return [];
  return others.filter(
    (o): o is OtherMatch =>
      typeof o === 'object' &&
      o !== null &&
      typeof (o as OtherMatch).list === 'string' &&
      typeof (o as OtherMatch).entryId === 'string' &&
      typeof (o as OtherMatch).points === 'number',
  );
}

function describe(exemption: Exemption): string {
  return `${exemption.id} by ${exemption.author} until ${exemption.expiresAt}: ${exemption.reason}`;
}

function exemptionFacts(exemptions: readonly Exemption[]): Record<string, unknown> {
  const [first] = exemptions as [Exemption, ...Exemption[]];
  return {
    exempted: true,
    exemptionId: first.id,
    exemptionAuthor: first.author,
    exemptionReason: first.reason,
    exemptionExpiresAt: first.expiresAt,
    ...(exemptions.length > 1 ? { alsoExemptedBy: exemptions.slice(1).map((e) => e.id) } : {}),
  };
}

function markExempted(hit: Hit, exemptions: readonly Exemption[]): Hit {
  return {
    ...hit,
    points: 0,
    reason: `EXEMPTED (${describe(exemptions[0] as Exemption)}): ${hit.reason}`,
    evidence: { ...hit.evidence, ...exemptionFacts(exemptions), exemptedPoints: hit.points },
  };
}

function repointed(hit: Hit, exemptions: readonly Exemption[], remaining: readonly OtherMatch[]): Hit {
  let heaviest = remaining[0] as OtherMatch;
  for (const other of remaining) if (other.points > heaviest.points) heaviest = other;
  const points = Math.min(hit.points, heaviest.points);
  return {
    ...hit,
    points,
    reason: `entry ${String(hit.evidence.entryId)} EXEMPTED (${describe(exemptions[0] as Exemption)}); scored as ${heaviest.list} ${heaviest.entryId}, not exempted: ${hit.reason}`,
    evidence: {
      ...hit.evidence,
      ...exemptionFacts(exemptions),
      exempted: false,
      exemptedPoints: hit.points - points,
      scoredAs: { list: heaviest.list, entryId: heaviest.entryId },
    },
  };
}
