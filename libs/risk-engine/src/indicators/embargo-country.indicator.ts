import { Type } from '@sinclair/typebox';
import type { Declaration, Hit, PartyRole } from '@salw/contracts';
import type { EmbargoScope, EmbargoesDocument } from '../profile/risk-profile.schema';
import type { DeclarationAnalysis, IndicatorDefinition } from './indicator.model';
import { clampPoints } from './indicator-helpers';

type Place = 'ORIGIN' | 'DESTINATION' | 'TRANSIT' | 'ITEM_ORIGIN' | 'PARTY_ADDRESS';

const ParamsSchema = Type.Object(
  {
    scopePoints: Type.Object(
      {
        FULL: Type.Integer({ minimum: 0, maximum: 100 }),
        PARTIAL: Type.Integer({ minimum: 0, maximum: 100 }),
        NON_STATE_ACTORS: Type.Integer({ minimum: 0, maximum: 100 }),
        UNDER_REVIEW: Type.Integer({ minimum: 0, maximum: 100 }),
      },
      { additionalProperties: false },
    ),
    /** Authorities whose embargoes apply and their weight; an authority not listed is ignored. */
    authorityFactors: Type.Record(
      Type.String({ pattern: '^[A-Z][A-Z0-9_-]*$' }),
      Type.Number({ minimum: 0, maximum: 1 }),
      { additionalProperties: false },
    ),
    /** Weight of each kind of place; a transit country or an address weighs less than the destination. */
    placeFactors: Type.Object(
      {
        ORIGIN: Type.Number({ minimum: 0, maximum: 1 }),
        DESTINATION: Type.Number({ minimum: 0, maximum: 1 }),
        TRANSIT: Type.Number({ minimum: 0, maximum: 1 }),
        ITEM_ORIGIN: Type.Number({ minimum: 0, maximum: 1 }),
        PARTY_ADDRESS: Type.Number({ minimum: 0, maximum: 1 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

type Regime = EmbargoesDocument['regimes'][number];

const SCOPE_WORDS: Record<EmbargoScope, string> = {
  FULL: 'a full',
  PARTIAL: 'a partial',
  NON_STATE_ACTORS: 'a non-state-actor',
  UNDER_REVIEW: 'an (under review)',
};

const PLACE_WORDS: Record<Place, string> = {
  ORIGIN: 'origin',
  DESTINATION: 'destination',
  TRANSIT: 'transit country',
  ITEM_ORIGIN: 'country of origin of the goods',
  PARTY_ADDRESS: 'address country',
};

/**
 * Whether any place of the declaration is a country with a regime: most are not, and then no place
 * list with its field paths needs building.
 */
function touchesAny(
  byCountry: ReadonlyMap<string, readonly Regime[]>,
  declaration: Declaration,
  analysis: DeclarationAnalysis,
): boolean {
  const { route } = declaration;
  if (byCountry.has(route.destination) || byCountry.has(route.origin)) return true;
  for (const country of route.transit ?? []) if (byCountry.has(country)) return true;
  for (const a of analysis.items) {
    const country = a.item.originCountry;
    if (country && byCountry.has(country)) return true;
  }
  for (const { party } of analysis.parties) {
    const country = party.address?.country;
    if (country && byCountry.has(country)) return true;
  }
  return false;
}

/**
 * Origin, destination, a transit country, an item's origin or a party's address country is under an
 * arms embargo in force on the declaration date. One hit per country, from its heaviest regime and place.
 */
export const embargoCountryIndicator: IndicatorDefinition = {
  code: 'EMBARGO_COUNTRY',
  paramsSchema: ParamsSchema,
  compile({ code, params, document }) {
    const scopePoints = params.scopePoints as Record<EmbargoScope, number>;
    const authorityFactors = params.authorityFactors as Record<string, number>;
    const placeFactors = params.placeFactors as Record<Place, number>;
    const byCountry = new Map<string, Regime[]>();
    for (const regime of document.referenceData.embargoes.regimes) {
      if (authorityFactors[regime.authority] === undefined) continue;
      const list = byCountry.get(regime.country) ?? [];
      list.push(regime);
      byCountry.set(regime.country, list);
    }
    return ({ declaration, analysis }) => {
      if (!touchesAny(byCountry, declaration, analysis)) return [];
      const date = analysis.submittedDate;
      const places: { country: string; place: Place; field: string; party?: PartyRole }[] = [];
      const { route } = declaration;
      places.push({ country: route.destination, place: 'DESTINATION', field: 'route.destination' });
      places.push({ country: route.origin, place: 'ORIGIN', field: 'route.origin' });
      (route.transit ?? []).forEach((c, i) =>
        places.push({ country: c, place: 'TRANSIT', field: `route.transit[${i}]` }),
      );
      for (const a of analysis.items) {
        if (a.item.originCountry)
          places.push({
            country: a.item.originCountry,
            place: 'ITEM_ORIGIN',
            field: `items[${a.index}].originCountry`,
          });
      }
      for (const { role, party } of analysis.parties) {
        const country = party.address?.country;
        if (country)
          places.push({
            country,
            place: 'PARTY_ADDRESS',
            field: `parties.${role}.address.country`,
            party: role,
          });
      }
      const best = new Map<string, { points: number; regime: Regime; place: (typeof places)[number] }>();
      for (const place of places) {
        const regimes = byCountry.get(place.country);
        if (!regimes) continue;
        for (const regime of regimes) {
          if (regime.since > date || (regime.until != null && regime.until < date)) continue;
          const points =
            scopePoints[regime.scope] *
            (authorityFactors[regime.authority] as number) *
            placeFactors[place.place];
          const current = best.get(place.country);
          if (!current || points > current.points) best.set(place.country, { points, regime, place });
        }
      }
      const hits: Hit[] = [];
      for (const [country, { points, regime, place }] of best) {
        const who = place.party ? `${place.party} ${PLACE_WORDS[place.place]}` : PLACE_WORDS[place.place];
        hits.push({
          indicator: code,
          points: clampPoints(points),
          ...(place.party ? { party: place.party } : {}),
          reason: `${who} ${country} is under ${SCOPE_WORDS[regime.scope]} ${regime.authority} arms embargo (${regime.instrument})`,
          evidence: {
            field: place.field,
            country,
            regime: regime.id,
            authority: regime.authority,
            scope: regime.scope,
            since: regime.since,
            instrument: regime.instrument,
          },
        });
      }
      return hits;
    };
  },
};
