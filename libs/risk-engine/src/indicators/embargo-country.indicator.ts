import { Type } from '@sinclair/typebox';
import type { Declaration, Hit, PartyRole } from '@salw/contracts';
import type { EmbargoInstrumentKind, EmbargoScope, EmbargoesDocument } from '../profile/risk-profile.schema';
import { HsPrefixTable } from '../profile/hs-prefix-table';
import type { DeclarationAnalysis, IndicatorDefinition, ItemAnalysis } from './indicator.model';
import { clampPoints, itemField, quoteList, quotedSpans } from './indicator-helpers';
import {
  compileCoverWordingRules,
  CoverWordingParams,
  judgeCoverWording,
  type CoverWordingRules,
} from './cover-wording';

/** Lines named in a hit; a long manifest is summed up rather than listed. */
const MAX_LINES_IN_REASON = 3;
const MAX_LINES_IN_EVIDENCE = 20;

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
    /**
     * Weight of the act behind a regime: a political declaration without a legal act (the EU's 1989
     * declaration on China) weighs less than a binding resolution or legal act.
     */
    instrumentFactors: Type.Object(
      {
        RESOLUTION: Type.Number({ minimum: 0, maximum: 1, default: 1 }),
        LEGAL_ACT: Type.Number({ minimum: 0, maximum: 1, default: 1 }),
        POLITICAL_DECLARATION: Type.Number({ minimum: 0, maximum: 1, default: 1 }),
      },
      { additionalProperties: false, default: {} },
    ),
    /**
     * How cover wording is judged: a cover heading (vehicle parts, toys, pipes) makes goods arms-relevant
     * only under a cover wording ("spare parts", bare "toys"), not under a specific description that
     * fits it ("brake pads, ceramic"). Without it, a listed cover heading counts whatever the wording.
     */
    coverWording: Type.Optional(Type.Object(CoverWordingParams, { additionalProperties: false })),
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
type GoodsEntry = NonNullable<EmbargoesDocument['relevantGoods']>['entries'][number];

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

/** Why one line of the consignment matters under an embargo, for the reason and the evidence. */
interface RelevantLine {
  readonly line: number;
  readonly field: string;
  readonly why: string;
}

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
 * Which way the goods move relative to a country at this place: out of it (origin, origin of the goods,
 * the sender's address) or into it (destination, the receiver's address); undefined when either.
 */
function flowOf(place: Place, party: PartyRole | undefined): 'FROM' | 'TO' | undefined {
  if (place === 'ORIGIN' || place === 'ITEM_ORIGIN') return 'FROM';
  if (place === 'DESTINATION') return 'TO';
  if (place === 'PARTY_ADDRESS') {
    if (party === 'consignor' || party === 'exporter') return 'FROM';
    if (party === 'consignee' || party === 'importer') return 'TO';
  }
  return undefined;
}

function goodsTable(entries: readonly GoodsEntry[]): HsPrefixTable<GoodsEntry> {
  const table = new HsPrefixTable<GoodsEntry>();
  for (const entry of entries) table.set(entry.prefix, entry);
  return table;
}

/** What makes one item arms-relevant under any arms embargo, or undefined for ordinary goods. */
function armsRelevance(
  a: ItemAnalysis,
  listed: HsPrefixTable<GoodsEntry>,
  cover: CoverWordingRules | undefined,
): RelevantLine | undefined {
  const line = a.item.line;
  if (a.controlled)
    return {
      line,
      field: itemField(a.index, 'hsCode'),
      why: `line ${line} HS ${a.item.hsCode} is controlled (${a.controlled.label})`,
    };
  if (a.arms.length > 0)
    return {
      line,
      field: itemField(a.index, 'description'),
      why: `line ${line} description names arms: ${quoteList(quotedSpans(a.item.description, a.arms))}`,
    };
  const entry = listed.lookup(a.item.hsCode);
  if (!entry) return undefined;
  if (entry.kind !== 'COVER')
    return {
      line,
      field: itemField(a.index, 'hsCode'),
      why: `line ${line} HS ${a.item.hsCode} is a dual-use heading (${entry.label})`,
    };
  if (!cover)
    return {
      line,
      field: itemField(a.index, 'hsCode'),
      why: `line ${line} HS ${a.item.hsCode} is a heading arms are hidden under (${entry.label})`,
    };
  const judged = judgeCoverWording(a, cover);
  if (!judged) return undefined;
  return {
    line,
    field: itemField(a.index, 'description'),
    why: `line ${line} HS ${a.item.hsCode} is a heading arms are hidden under (${entry.label}), described as ${quoteList(quotedSpans(a.item.description, judged.counted))}`,
  };
}

/**
 * An arms embargo concerns arms: origin, destination, a transit country, an item's origin or a party's
 * address country is under an arms embargo in force on the declaration date, and the consignment
 * carries arms-relevant goods (controlled headings, arms wording, or dual-use and cover headings the
 * profile lists; for a regime with sectoral measures, also the headings those cover). Laptops from a
 * country under an arms embargo score nothing. One hit per country, from its heaviest regime and place;
 * a political declaration weighs less than a binding act, UN more than EU or national.
 */
export const embargoCountryIndicator: IndicatorDefinition = {
  code: 'EMBARGO_COUNTRY',
  paramsSchema: ParamsSchema,
  compile({ code, params, document, path }) {
    const scopePoints = params.scopePoints as Record<EmbargoScope, number>;
    const authorityFactors = params.authorityFactors as Record<string, number>;
    const instrumentFactors = params.instrumentFactors as Record<EmbargoInstrumentKind, number>;
    const placeFactors = params.placeFactors as Record<Place, number>;
    const embargoes = document.referenceData.embargoes;
    const listed = goodsTable(embargoes.relevantGoods?.entries ?? []);
    const cover = params.coverWording
      ? compileCoverWordingRules(
          params.coverWording as Record<string, unknown>,
          document,
          `${path}.params.coverWording`,
        )
      : undefined;
    const byCountry = new Map<string, Regime[]>();
    const sectoral = new Map<Regime, HsPrefixTable<GoodsEntry>>();
    for (const regime of embargoes.regimes) {
      if (authorityFactors[regime.authority] === undefined) continue;
      const list = byCountry.get(regime.country) ?? [];
      list.push(regime);
      byCountry.set(regime.country, list);
      if (regime.goods) sectoral.set(regime, goodsTable(regime.goods.entries));
    }
    /** The consignment's lines that this regime concerns: arms-relevant ones, or those its sectoral measures list. */
    const concerned = (
      regime: Regime,
      relevant: readonly RelevantLine[],
      items: readonly ItemAnalysis[],
      place: Place,
      party: PartyRole | undefined,
    ) => {
      const table = sectoral.get(regime);
      if (relevant.length > 0 || !table) return relevant;
      const flow = flowOf(place, party);
      const lines: RelevantLine[] = [];
      for (const a of items) {
        const entry = table.lookup(a.item.hsCode);
        if (entry && (entry.direction === undefined || flow === undefined || entry.direction === flow))
          lines.push({
            line: a.item.line,
            field: itemField(a.index, 'hsCode'),
            why: `line ${a.item.line} HS ${a.item.hsCode} falls under ${entry.label} (${regime.goods!.instrument})`,
          });
      }
      return lines;
    };
    return ({ declaration, analysis }) => {
      if (!touchesAny(byCountry, declaration, analysis)) return [];
      const relevant: RelevantLine[] = [];
      for (const a of analysis.items) {
        const why = armsRelevance(a, listed, cover);
        if (why) relevant.push(why);
      }
      if (relevant.length === 0 && sectoral.size === 0) return [];
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
      type Best = {
        points: number;
        regime: Regime;
        place: (typeof places)[number];
        lines: readonly RelevantLine[];
      };
      const best = new Map<string, Best>();
      for (const place of places) {
        const regimes = byCountry.get(place.country);
        if (!regimes) continue;
        for (const regime of regimes) {
          if (regime.since > date || (regime.until != null && regime.until < date)) continue;
          const lines = concerned(regime, relevant, analysis.items, place.place, place.party);
          if (lines.length === 0) continue;
          const points =
            scopePoints[regime.scope] *
            (authorityFactors[regime.authority] as number) *
            instrumentFactors[regime.instrumentKind ?? 'LEGAL_ACT'] *
            placeFactors[place.place];
          const current = best.get(place.country);
          if (!current || points > current.points) best.set(place.country, { points, regime, place, lines });
        }
      }
      const hits: Hit[] = [];
      for (const [country, { points, regime, place, lines }] of best) {
        const who = place.party ? `${place.party} ${PLACE_WORDS[place.place]}` : PLACE_WORDS[place.place];
        const act = regime.instrumentKind === 'POLITICAL_DECLARATION' ? 'a political declaration: ' : '';
        const shown = lines.slice(0, MAX_LINES_IN_REASON);
        const more = lines.length > shown.length ? ` and ${lines.length - shown.length} more lines` : '';
        hits.push({
          indicator: code,
          points: clampPoints(points),
          ...(place.party ? { party: place.party } : {}),
          reason: `${who} ${country} is under ${SCOPE_WORDS[regime.scope]} ${regime.authority} arms embargo (${act}${regime.instrument}) and the consignment carries goods it concerns: ${shown.map((l) => l.why).join('; ')}${more}`,
          evidence: {
            field: place.field,
            country,
            regime: regime.id,
            authority: regime.authority,
            scope: regime.scope,
            instrumentKind: regime.instrumentKind ?? 'LEGAL_ACT',
            since: regime.since,
            instrument: regime.instrument,
            goodsFields: lines.slice(0, MAX_LINES_IN_EVIDENCE).map((l) => l.field),
          },
        });
      }
      return hits;
    };
  },
};
