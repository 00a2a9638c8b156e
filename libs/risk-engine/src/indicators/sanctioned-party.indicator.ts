import { Type } from '@sinclair/typebox';
import { PARTY_ROLES, stringEnum, type Hit, type Party, type PartyRole } from '@salw/contracts';
import type { IndicatorDefinition, RoleParty } from './indicator.model';
import { clampPoints, entryInForce } from './indicator-helpers';
import { ProfileError } from '../profile/profile.error';
import { normaliseTraderId } from '../snapshot/identifier-keys';
import type { PartyEntryFacts } from '../snapshot/watchlist-tables.model';
import { entryKeyOf } from '../snapshot/name-index-matcher';

const ParamsSchema = Type.Object(
  {
    roles: Type.Array(stringEnum(PARTY_ROLES), { minItems: 1 }),
    /**
     * A name at least this similar to a listed name or alias is a possible match: an officer must
     * confirm or dismiss it, so it raises an alert. The setting's `points` are what such a match scores.
     */
    reviewThreshold: Type.Number({ minimum: 0, maximum: 1 }),
    /**
     * A match through an alias the list marks as low quality (a nickname, "Commander Putol") counts only
     * from this similarity on: such an alias is too broad to identify anyone when merely resembled.
     */
    weakAliasThreshold: Type.Number({ minimum: 0, maximum: 1 }),
    /**
     * A listed name of one word with at most this many letters (an acronym such as "GIA") is as weak as a
     * low-quality alias: it counts only from `weakAliasThreshold` on, so "Hoang Gia Import Export" does
     * not match the Armed Islamic Group while "GIA" itself still does.
     */
    shortNameMaxLetters: Type.Integer({ minimum: 0, maximum: 10 }),
    /** Points of an exact name match; linear in similarity from the setting's points at the review threshold. */
    exactMatchPoints: Type.Integer({ minimum: 0, maximum: 100 }),
    /** Added when the party's identifier equals the number of one of the entry's identity documents. */
    identifierAgreesPoints: Type.Integer({ minimum: 0, maximum: 100 }),
    /** Added when the party's address country is a nationality, address, birth or document country of the entry. */
    countryAgreesPoints: Type.Integer({ minimum: 0, maximum: 100 }),
    /** Taken off when the entry names countries and the address country is none of them (never below the alert). */
    countryDiffersPoints: Type.Integer({ minimum: 0, maximum: 100 }),
    /** Taken off when the declaration says person and the entry is an organisation, or the reverse (never below the alert). */
    kindDiffersPoints: Type.Integer({ minimum: 0, maximum: 100 }),
    candidates: Type.Integer({ minimum: 1, maximum: 50, default: 5 }),
  },
  { additionalProperties: false },
);

interface Params {
  roles: PartyRole[];
  reviewThreshold: number;
  weakAliasThreshold: number;
  shortNameMaxLetters: number;
  exactMatchPoints: number;
  identifierAgreesPoints: number;
  countryAgreesPoints: number;
  countryDiffersPoints: number;
  kindDiffersPoints: number;
  candidates: number;
}

/** The compiled scale: what a possible match scores, and the score it never goes below. */
interface Scale {
  readonly params: Params;
  /** Points at the review threshold. */
  readonly thresholdPoints: number;
  /** The profile's alert score: a possible match never scores less. */
  readonly alertPoints: number;
}

/** One piece of evidence the declaration gave for or against the entry, with what it did to the points. */
interface Adjustment {
  readonly fact: 'identifier' | 'country' | 'kind';
  readonly agrees: boolean;
  readonly points: number;
  readonly detail: string;
}

interface Scored {
  readonly entry: PartyEntryFacts;
  readonly similarity: number;
  readonly matchedName: string;
  readonly viaIdentifier: boolean;
  readonly adjustments: readonly Adjustment[];
  readonly points: number;
  readonly explanation: unknown;
}

const DECLARED_KIND_OF_ENTRY: Readonly<Record<string, string>> = {
  INDIVIDUAL: 'INDIVIDUAL',
  ORGANISATION: 'ORGANISATION',
};

/** The countries an entry is tied to: nationality, addresses, birth and documents (or its one country). */
function entryCountries(entry: PartyEntryFacts): readonly string[] {
  return entry.countries.length > 0 ? entry.countries : entry.country ? [entry.country] : [];
}

/** What the declared party's id, address country and kind say about the entry. */
const NO_ADJUSTMENTS: readonly Adjustment[] = Object.freeze([]);

function adjustmentsFor(
  p: Params,
  entry: PartyEntryFacts,
  party: Party,
  partyIdKey: string | undefined,
): readonly Adjustment[] {
  const country = party.address?.country;
  if (partyIdKey === undefined && country === undefined && party.kind === undefined) return NO_ADJUSTMENTS;
  const adjustments: Adjustment[] = [];
  if (partyIdKey !== undefined) {
    const document = entry.documents.find(
      (d) => d.number !== undefined && normaliseTraderId(d.number) === partyIdKey,
    );
    if (document !== undefined)
      adjustments.push({
        fact: 'identifier',
        agrees: true,
        points: p.identifierAgreesPoints,
        detail: `id ${party.id} is the entry's ${document.type}${document.country ? ` (${document.country})` : ''} number`,
      });
  }
  const countries = entryCountries(entry);
  if (country !== undefined && countries.length > 0) {
    const agrees = countries.includes(country);
    const nationality = entry.nationalities?.includes(country) === true;
    adjustments.push({
      fact: 'country',
      agrees,
      points: agrees ? p.countryAgreesPoints : -p.countryDiffersPoints,
      detail: agrees
        ? `address country ${country} is ${nationality ? 'a nationality' : 'a country'} of the entry`
        : `address country ${country} is not among the entry's countries (${countries.join(', ')})`,
    });
  }
  const entryKind = entry.partyKind === undefined ? undefined : DECLARED_KIND_OF_ENTRY[entry.partyKind];
  if (party.kind !== undefined && entryKind !== undefined && party.kind !== entryKind) {
    adjustments.push({
      fact: 'kind',
      agrees: false,
      points: -p.kindDiffersPoints,
      detail: `declared ${party.kind.toLowerCase()}, listed ${entryKind.toLowerCase()}`,
    });
  }
  return adjustments;
}

/**
 * Points of a possible match: the setting's points at the review threshold rising linearly to the
 * exact-match points (the entry's own points, when a national list gives higher ones), moved by the
 * evidence the declaration carries, and never below the profile's alert score.
 */
function scored(
  scale: Scale,
  entry: PartyEntryFacts,
  similarity: number,
  party: Party,
  partyIdKey: string | undefined,
  viaIdentifier: boolean,
  matchedName: string,
  explanation?: unknown,
): Scored {
  const p = scale.params;
  const exact = Math.max(scale.thresholdPoints, entry.points ?? p.exactMatchPoints);
  const span = Math.max(1e-9, 1 - p.reviewThreshold);
  const above = Math.min(1, Math.max(0, (similarity - p.reviewThreshold) / span));
  const adjustments = adjustmentsFor(p, entry, party, partyIdKey);
  let points = scale.thresholdPoints + (exact - scale.thresholdPoints) * above;
  for (const adjustment of adjustments) points += adjustment.points;
  return {
    entry,
    similarity,
    matchedName,
    viaIdentifier,
    adjustments,
    points: Math.max(scale.alertPoints, Math.min(100, Math.round(points))),
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
 * A party's name resembles a watchlisted person or entity at or above the review threshold, or its
 * identifier is the number of a listed identity document. Every such possible match alerts: the
 * setting's points must reach the profile's alert score, which the compiled indicator checks, and
 * nothing the declaration says takes a match below it. Above that, points scale with similarity and
 * move with the evidence: an agreeing identifier or country adds, a differing country or party kind
 * takes off. The hit names the entry, its list, the similarity, each adjustment, and what the list
 * says identifies the entry (birth, nationality, documents), for the officer to compare.
 */
export const sanctionedPartyIndicator: IndicatorDefinition = {
  code: 'SANCTIONED_PARTY',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params, document, path }) {
    const p = params as unknown as Params;
    const alertPoints = document.thresholds[document.alertAt as keyof typeof document.thresholds];
    const problems: { path: string; message: string }[] = [];
    if (setting.points < alertPoints)
      problems.push({
        path: `${path}.points`,
        message: `${setting.points} is below the alert score ${alertPoints} (${document.alertAt}): a possible sanctions match must raise an alert`,
      });
    if (setting.maxPoints !== undefined && setting.maxPoints < alertPoints)
      problems.push({
        path: `${path}.maxPoints`,
        message: `${setting.maxPoints} is below the alert score ${alertPoints} (${document.alertAt}): a possible sanctions match must raise an alert`,
      });
    if (p.exactMatchPoints < setting.points)
      problems.push({
        path: `${path}.params.exactMatchPoints`,
        message: `${p.exactMatchPoints} is below the points at the review threshold (${setting.points}): points rise with similarity`,
      });
    if (problems.length > 0) {
      const [first, ...rest] = problems as [
        { path: string; message: string },
        ...{ path: string; message: string }[],
      ];
      throw new ProfileError(first.path, first.message, rest);
    }
    const scale: Scale = { params: p, thresholdPoints: setting.points, alertPoints };
    return ({ snapshot, analysis }) => {
      const hits: Hit[] = [];
      for (const role of p.roles) {
        const party = partyOf(analysis.parties, role);
        if (!party) continue;
        // Without any listed document number no id can agree with one: the id is not even normalised.
        const partyIdKey =
          party.id === undefined || snapshot.partyDocuments.size === 0
            ? undefined
            : normaliseTraderId(party.id);
        let best: Scored | undefined;
        const found: Scored[] = [];
        if (partyIdKey !== undefined) {
          for (const entry of snapshot.partyDocuments.get(partyIdKey) ?? []) {
            if (entryInForce(entry, analysis.submittedDate)) {
              const match = scored(scale, entry, 1, party, partyIdKey, true, entry.name ?? entry.entryId);
              found.push(match);
              best = heavier(best, match);
            }
          }
        }
        for (const c of snapshot.partyNames.search(party.name, {
          limit: p.candidates,
          minScore: p.reviewThreshold,
        })) {
          const entry = snapshot.parties.get(c.entryKey);
          if (entry && entryInForce(entry, analysis.submittedDate) && strongEnough(p, entry, c)) {
            const match = scored(
              scale,
              entry,
              c.similarity,
              party,
              partyIdKey,
              false,
              c.matchedName,
              c.explanation,
            );
            found.push(match);
            best = heavier(best, match);
          }
        }
        if (best) hits.push(hitFor(code, role, party, best, found));
      }
      return hits;
    };
  },
};

/**
 * Whether a name match is evidence enough: one through a weak alias or a short one-word name (an
 * acronym) must be closer than the review threshold.
 */
function strongEnough(
  p: Params,
  entry: PartyEntryFacts,
  candidate: { readonly similarity: number; readonly matchedName: string },
): boolean {
  if (candidate.similarity >= p.weakAliasThreshold) return true;
  if (isShortOneWordName(candidate.matchedName, p.shortNameMaxLetters)) return false;
  return entry.weakAliases === undefined || !entry.weakAliases.includes(candidate.matchedName);
}

function isShortOneWordName(name: string, maxLetters: number): boolean {
  const letters = name.replace(/[^\p{L}\p{N}\s]/gu, '').trim();
  return letters.length > 0 && letters.length <= maxLetters && !/\s/.test(letters);
}

/** The party in `role`, from the analysis' short list rather than by a varying key of the declaration. */
function partyOf(parties: readonly RoleParty[], role: PartyRole): Party | undefined {
  for (const entry of parties) if (entry.role === role) return entry.party;
  return undefined;
}

/** What the list says identifies the entry, for the officer to hold against the papers. */
function listedIdentity(entry: PartyEntryFacts): Record<string, unknown> {
  const identity: Record<string, unknown> = {};
  if (entry.partyKind !== undefined) identity['kind'] = entry.partyKind;
  if (entry.nationalities && entry.nationalities.length > 0) identity['nationalities'] = entry.nationalities;
  if (entry.datesOfBirth && entry.datesOfBirth.length > 0) identity['datesOfBirth'] = entry.datesOfBirth;
  if (entry.placesOfBirth && entry.placesOfBirth.length > 0) identity['placesOfBirth'] = entry.placesOfBirth;
  if (entry.titles && entry.titles.length > 0) identity['titles'] = entry.titles;
  if (entry.designations && entry.designations.length > 0) identity['designations'] = entry.designations;
  if (entry.documents.length > 0) identity['documents'] = entry.documents;
  if (entry.countries.length > 0) identity['countries'] = entry.countries;
  return identity;
}

/**
 * The other entries the party may be (namesakes, one person listed twice), heaviest first: the officer
 * confirms or dismisses each, not only the heaviest.
 */
function otherMatches(best: Scored, all: readonly Scored[]): Record<string, unknown>[] {
  const others = new Map<string, Scored>();
  for (const match of all) {
    const key = entryKeyOf(match.entry);
    if (key !== entryKeyOf(best.entry)) others.set(key, heavier(others.get(key), match));
  }
  return [...others.values()]
    .sort((a, b) => b.points - a.points || (entryKeyOf(a.entry) < entryKeyOf(b.entry) ? -1 : 1))
    .map((m) => ({
      list: m.entry.list,
      entryId: m.entry.entryId,
      matchedName: m.matchedName,
      similarity: Math.round(m.similarity * 100) / 100,
      points: m.points,
    }));
}

function hitFor(code: string, role: PartyRole, party: Party, found: Scored, all: readonly Scored[]): Hit {
  const others = otherMatches(found, all);
  const similarity = Math.round(found.similarity * 100) / 100;
  const how = found.viaIdentifier ? `by identifier ${party.id}` : `(${similarity.toFixed(2)})`;
  const label = found.entry.referenceNumber ?? found.entry.entryId;
  const adjusted = found.adjustments.map((a) => `${a.detail} (${a.points >= 0 ? '+' : ''}${a.points})`);
  return {
    indicator: code,
    points: clampPoints(found.points),
    party: role,
    reason:
      `${role} '${party.name}' matches ${found.entry.list} list ${label} '${found.matchedName}' ${how}` +
      `${adjusted.length > 0 ? `; ${adjusted.join('; ')}` : ''}` +
      `${others.length > 0 ? `; also resembles ${others.map((o) => `${String(o['entryId'])} (${Number(o['similarity']).toFixed(2)})`).join(', ')}` : ''}` +
      ': possible match, confirm or dismiss',
    evidence: {
      field: `parties.${role}.name`,
      list: found.entry.list,
      entryId: found.entry.entryId,
      matchedName: found.matchedName,
      similarity,
      viaIdentifier: found.viaIdentifier,
      ...countryAgreement(found.adjustments),
      adjustments: found.adjustments.map(({ fact, agrees, points, detail }) => ({
        fact,
        agrees,
        points,
        detail,
      })),
      listed: listedIdentity(found.entry),
      ...(others.length > 0 ? { otherMatches: others } : {}),
      ...(found.explanation !== undefined ? { explanation: found.explanation } : {}),
    },
  };
}

function countryAgreement(adjustments: readonly Adjustment[]): { countryAgrees?: boolean } {
  const country = adjustments.find((a) => a.fact === 'country');
  return country === undefined ? {} : { countryAgrees: country.agrees };
}
