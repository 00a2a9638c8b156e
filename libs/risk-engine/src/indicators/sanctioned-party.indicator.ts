import { Type } from '@sinclair/typebox';
import { PARTY_ROLES, stringEnum, type Hit, type Party, type PartyRole } from '@salw/contracts';
import type { IndicatorDefinition, RoleParty } from './indicator.model';
import { clampPoints, entryInForce } from './indicator-helpers';
import { normaliseTraderId } from '../snapshot/identifier-keys';
import type { PartyEntryFacts } from '../snapshot/screening-snapshot.model';
import { entryKeyOf } from '../snapshot/name-index-matcher';

const ParamsSchema = Type.Object(
  {
    roles: Type.Array(stringEnum(PARTY_ROLES), { minItems: 1 }),
    /** Below this similarity a name is not a match. */
    minSimilarity: Type.Number({ minimum: 0, maximum: 1 }),
    /** From this similarity on, the entry's full points apply. */
    fullPointsAt: Type.Number({ minimum: 0, maximum: 1 }),
    /** Share of the points a match at `minSimilarity` gets; linear up to `fullPointsAt`. */
    floorFactor: Type.Number({ minimum: 0, maximum: 1 }),
    /** Added when the party's address country is one of the entry's countries. */
    countryMatchBonus: Type.Integer({ minimum: 0, maximum: 100 }),
    /** Taken off when both name countries and they differ: a namesake abroad is less likely the same. */
    countryMismatchPenalty: Type.Integer({ minimum: 0, maximum: 100 }),
    /** Added when the party's identifier equals an identity document of the entry. */
    identifierMatchBonus: Type.Integer({ minimum: 0, maximum: 100 }),
    /**
     * From this similarity on the name is the main evidence and a foreign address takes nothing off:
     * listed parties trade through front addresses abroad. Unset: the penalty always applies.
     */
    nearExactAt: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    candidates: Type.Integer({ minimum: 1, maximum: 50, default: 5 }),
  },
  { additionalProperties: false },
);

interface Scored {
  entry: PartyEntryFacts;
  similarity: number;
  matchedName: string;
  viaIdentifier: boolean;
  countryAgrees: boolean | undefined;
  points: number;
  explanation: unknown;
}

/**
 * A party's name resembles a watchlisted person or entity. Points = the entry's points (or the setting's)
 * scaled by similarity, plus a bonus when the address country agrees with the entry, minus a penalty when
 * it disagrees; an identity-document number equal to the party id matches on its own, at similarity 1.
 */
interface Params {
  roles: PartyRole[];
  minSimilarity: number;
  fullPointsAt: number;
  floorFactor: number;
  countryMatchBonus: number;
  countryMismatchPenalty: number;
  identifierMatchBonus: number;
  nearExactAt?: number;
  candidates: number;
}

function scored(
  p: Params,
  setting: number,
  entry: PartyEntryFacts,
  similarity: number,
  party: Party,
  viaIdentifier: boolean,
  matchedName: string,
  explanation?: unknown,
): Scored {
  const base = entry.points ?? setting;
  const span = Math.max(1e-9, p.fullPointsAt - p.minSimilarity);
  const factor =
    p.floorFactor + (1 - p.floorFactor) * Math.min(1, Math.max(0, (similarity - p.minSimilarity) / span));
  const country = party.address?.country;
  const entryCountries = entry.countries.length > 0 ? entry.countries : entry.country ? [entry.country] : [];
  const countryAgrees =
    country === undefined || entryCountries.length === 0 ? undefined : entryCountries.includes(country);
  let points = base * factor;
  if (countryAgrees === true) points += p.countryMatchBonus;
  const nearExact = p.nearExactAt !== undefined && similarity >= p.nearExactAt;
  if (countryAgrees === false && !nearExact) points -= p.countryMismatchPenalty;
  if (viaIdentifier) points += p.identifierMatchBonus;
  return {
    entry,
    similarity,
    matchedName,
    viaIdentifier,
    countryAgrees,
    points: Math.max(0, Math.min(100, Math.round(points))),
    explanation,
  };
}

/** The heavier of two matches; on a tie the lower entry key, so the choice never depends on search order. */
function heavier(a: Scored | undefined, b: Scored): Scored {
  if (!a || b.points > a.points || (b.points === a.points && entryKeyOf(b.entry) < entryKeyOf(a.entry)))
    return b;
  return a;
}

/**
 * A party's name resembles a watchlisted person or entity. Points = the entry's points (or the setting's)
 * scaled by similarity, plus a bonus when the address country agrees with the entry, minus a penalty when
 * it disagrees (except for near-exact names, `nearExactAt`); an identity-document number equal to the party
 * id matches on its own, at similarity 1.
 */
export const sanctionedPartyIndicator: IndicatorDefinition = {
  code: 'SANCTIONED_PARTY',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params }) {
    const p = params as unknown as Params;
    return ({ snapshot, analysis }) => {
      const hits: Hit[] = [];
      for (const role of p.roles) {
        const party = partyOf(analysis.parties, role);
        if (!party) continue;
        let best: Scored | undefined;
        if (party.id !== undefined && snapshot.partyDocuments.size > 0) {
          for (const entry of snapshot.partyDocuments.get(normaliseTraderId(party.id)) ?? []) {
            if (entryInForce(entry, analysis.submittedDate))
              best = heavier(
                best,
                scored(p, setting.points, entry, 1, party, true, entry.name ?? entry.entryId),
              );
          }
        }
        for (const c of snapshot.partyNames.search(party.name, {
          limit: p.candidates,
          minScore: p.minSimilarity,
        })) {
          const entry = snapshot.parties.get(c.entryKey);
          if (entry && entryInForce(entry, analysis.submittedDate))
            best = heavier(
              best,
              scored(p, setting.points, entry, c.similarity, party, false, c.matchedName, c.explanation),
            );
        }
        if (!best || best.points <= 0) continue;
        hits.push(hitFor(code, role, party, best));
      }
      return hits;
    };
  },
};

/** The party in `role`, from the analysis' short list rather than by a varying key of the declaration. */
function partyOf(parties: readonly RoleParty[], role: PartyRole): Party | undefined {
  for (const entry of parties) if (entry.role === role) return entry.party;
  return undefined;
}

function hitFor(code: string, role: PartyRole, party: Party, found: Scored): Hit {
  const similarity = Math.round(found.similarity * 100) / 100;
  const how = found.viaIdentifier ? `by identifier ${party.id}` : `(${similarity.toFixed(2)})`;
  const label = found.entry.referenceNumber ?? found.entry.entryId;
  return {
    indicator: code,
    points: clampPoints(found.points),
    party: role,
    reason: `${role} '${party.name}' matches ${found.entry.list} list ${label} '${found.matchedName}' ${how}`,
    evidence: {
      field: `parties.${role}.name`,
      list: found.entry.list,
      entryId: found.entry.entryId,
      matchedName: found.matchedName,
      similarity,
      viaIdentifier: found.viaIdentifier,
      ...(found.countryAgrees !== undefined ? { countryAgrees: found.countryAgrees } : {}),
      ...(found.explanation !== undefined ? { explanation: found.explanation } : {}),
    },
  };
}
