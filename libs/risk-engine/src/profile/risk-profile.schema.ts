import { Type, type Static } from '@sinclair/typebox';
import { CalendarDate, CountryCode, JSON_SCHEMA_DIALECT, SCHEMA_ID_BASE, stringEnum } from '@salw/contracts';
import { INDICATOR_CODE_PATTERN, SEVERITIES } from '@salw/contracts';

/**
 * A risk profile: every weight, word list, country list, range and threshold the engine uses, as
 * versioned data an analyst edits and validates (docs/domain.md: "a risk profile (data, not code)...").
 * Indicator-specific `params` are validated by each indicator's own schema when the profile compiles.
 */

const closed = { additionalProperties: false } as const;
const ALERTING_SEVERITIES = SEVERITIES.filter((s) => s !== 'NONE');
const points = (description?: string) => Type.Integer({ minimum: -100, maximum: 100, description });

/** Where reference data came from and how fresh it is: every data set carries it. */
const provenance = {
  source: Type.String({ minLength: 1, description: 'publication or URL the data was taken from' }),
  asOf: CalendarDate('date the source was retrieved or states'),
  notes: Type.Optional(Type.String()),
};

/** Words by language: `{ "en": ["rifle"], "ru": ["винтовк*"] }`; a trailing `*` matches word endings. */
export const FormsSchema = Type.Record(
  Type.String({ pattern: '^[a-z]{2,3}$|^any$' }),
  Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  closed,
);

export const VocabularyTermSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[A-Z0-9][A-Z0-9_]{0,63}$' }),
    label: Type.Optional(Type.String({ minLength: 1 })),
    category: Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,31}$' }),
    forms: FormsSchema,
    ambiguous: Type.Optional(
      Type.Boolean({ description: 'fires only with a qualifier nearby (context rule)' }),
    ),
    suppressedBy: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description: 'words or @GROUPs that silence the term within the window',
      }),
    ),
    qualifiedBy: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description: 'words or @GROUPs that let an ambiguous term fire',
      }),
    ),
    pairsWith: Type.Optional(
      Type.Array(Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,31}$' }), {
        description: 'categories of other ambiguous terms that qualify this one',
      }),
    ),
    window: Type.Optional(Type.Integer({ minimum: 0, maximum: 50 })),
    points: Type.Optional(points('overrides the category points')),
    notUnderHs: Type.Optional(
      Type.Array(Type.String({ pattern: '^[0-9]{2,10}$' }), {
        description:
          'HS prefixes under which the term has its ordinary trade meaning and is not read (gunpowder tea under chapter 09)',
      }),
    ),
    fitsHs: Type.Optional(
      Type.Array(Type.String({ pattern: '^[0-9]{2,10}$' }), {
        description:
          'HS prefixes whose goods the wording names in the trade (toys under 9503): there, in a specific description, it is no cover',
      }),
    ),
  },
  closed,
);

export const VocabularySchema = Type.Object(
  {
    ...provenance,
    window: Type.Integer({
      minimum: 0,
      maximum: 50,
      description: 'words between a term and its context words',
    }),
    minStemLength: Type.Optional(Type.Integer({ minimum: 3, maximum: 20 })),
    maxStemSuffix: Type.Optional(Type.Integer({ minimum: 0, maximum: 6 })),
    clitics: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description: 'word prefixes dropped when a word is not known as such (Arabic article)',
      }),
    ),
    contextGroups: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' }), FormsSchema, closed),
    ),
    qualifiedBy: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), { description: 'qualifiers every ambiguous term accepts' }),
    ),
    terms: Type.Array(VocabularyTermSchema, { minItems: 1 }),
  },
  closed,
);

export const HsCategorySchema = stringEnum(['WEAPON', 'PART', 'AMMUNITION', 'ACCESSORY', 'OTHER'] as const);

export const ControlledHsSchema = Type.Object(
  {
    ...provenance,
    entries: Type.Array(
      Type.Object(
        {
          prefix: Type.String({ pattern: '^[0-9]{4,10}$' }),
          label: Type.String({ minLength: 1 }),
          category: HsCategorySchema,
          chapter93: Type.Boolean({
            description: 'an arms heading proper; false for other controlled headings',
          }),
          points: Type.Optional(points()),
        },
        closed,
      ),
      { minItems: 1 },
    ),
  },
  closed,
);

export const EMBARGO_SCOPES = ['FULL', 'PARTIAL', 'NON_STATE_ACTORS', 'UNDER_REVIEW'] as const;
/** What kind of act imposes an embargo: a binding resolution or legal act, or a political declaration only. */
export const EMBARGO_INSTRUMENT_KINDS = ['RESOLUTION', 'LEGAL_ACT', 'POLITICAL_DECLARATION'] as const;
export const EMBARGO_GOODS_KINDS = ['DUAL_USE', 'COVER', 'SECTORAL'] as const;

/** HS headings (any prefix length from the chapter down) with what makes them matter under an embargo. */
const EmbargoGoodsEntrySchema = Type.Object(
  {
    prefix: Type.String({ pattern: '^[0-9]{2,10}$' }),
    label: Type.String({ minLength: 1 }),
    kind: stringEnum(EMBARGO_GOODS_KINDS),
    direction: Type.Optional(
      stringEnum(['FROM', 'TO'] as const, {
        description: 'measures on goods leaving (FROM) or entering (TO) the country only; absent = both',
      }),
    ),
  },
  closed,
);

export const EmbargoesSchema = Type.Object(
  {
    ...provenance,
    regimes: Type.Array(
      Type.Object(
        {
          id: Type.String({ minLength: 1 }),
          authority: Type.String({
            pattern: '^[A-Z][A-Z0-9_-]*$',
            description: 'UN, EU, or a national authority',
          }),
          country: CountryCode(),
          scope: stringEnum(EMBARGO_SCOPES),
          since: CalendarDate(),
          until: Type.Optional(Type.Union([CalendarDate(), Type.Null()])),
          instrument: Type.String({ minLength: 1 }),
          instrumentKind: Type.Optional(
            stringEnum(EMBARGO_INSTRUMENT_KINDS, {
              description: 'the act behind the embargo; absent = LEGAL_ACT',
            }),
          ),
          goods: Type.Optional(
            Type.Object(
              {
                instrument: Type.String({ minLength: 1 }),
                entries: Type.Array(EmbargoGoodsEntrySchema, { minItems: 1 }),
              },
              { ...closed, description: 'headings this regime also covers beyond arms (sectoral measures)' },
            ),
          ),
          note: Type.Optional(Type.String()),
        },
        closed,
      ),
    ),
    relevantGoods: Type.Optional(
      Type.Object(
        {
          notes: Type.Optional(Type.String()),
          entries: Type.Array(EmbargoGoodsEntrySchema),
        },
        {
          ...closed,
          description:
            'dual-use and cover headings that make a consignment arms-relevant under any arms embargo, beside controlled headings and arms wording',
        },
      ),
    ),
  },
  closed,
);

const range = Type.Object(
  { min: Type.Optional(Type.Number({ minimum: 0 })), max: Type.Optional(Type.Number({ minimum: 0 })) },
  closed,
);

export const CommodityRangesSchema = Type.Object(
  {
    ...provenance,
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'currency of the value ranges' }),
    ratesToBase: Type.Record(Type.String({ pattern: '^[A-Z]{3}$' }), Type.Number({ exclusiveMinimum: 0 }), {
      ...closed,
      description: 'units of the base currency per unit of each currency',
    }),
    entries: Type.Array(
      Type.Object(
        {
          prefix: Type.String({ pattern: '^[0-9]{4,10}$' }),
          label: Type.String({ minLength: 1 }),
          unitValue: Type.Optional(range),
          massPerUnitKg: Type.Optional(range),
          note: Type.Optional(Type.String()),
        },
        closed,
      ),
    ),
  },
  closed,
);

export const RoutingSchema = Type.Object(
  {
    ...provenance,
    flaggedTransit: Type.Array(
      Type.Object(
        {
          country: CountryCode(),
          reason: Type.String({ minLength: 1 }),
          destinations: Type.Optional(
            Type.Array(CountryCode(), { description: 'lane filter; absent = any destination' }),
          ),
          origins: Type.Optional(
            Type.Array(CountryCode(), { description: 'lane filter; absent = any origin' }),
          ),
          points: Type.Optional(points()),
        },
        closed,
      ),
    ),
    regions: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Z][A-Z_]*$' }), Type.Array(CountryCode(), { minItems: 1 }), {
        ...closed,
        description:
          'world regions (continents) by name, each with its countries; a country in one region only',
      }),
    ),
  },
  closed,
);

const ReferenceDataSchema = Type.Object(
  {
    controlledHs: ControlledHsSchema,
    embargoes: EmbargoesSchema,
    /** Named vocabularies; `arms` is required (checked at compile time) and defines what is arms-like. */
    vocabularies: Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9_-]*$' }), VocabularySchema, closed),
    commodityRanges: CommodityRangesSchema,
    routing: RoutingSchema,
  },
  closed,
);

export const IndicatorSettingSchema = Type.Object(
  {
    enabled: Type.Boolean(),
    points: points('base points of one hit'),
    maxPoints: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 100, description: "cap on the sum of this indicator's hits" }),
    ),
    kind: Type.Optional(
      stringEnum(['KEYWORD'] as const, { description: 'generic indicator type for profile-defined codes' }),
    ),
    params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  closed,
);

export const RiskProfileSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,63}$' }),
    version: Type.Integer({ minimum: 1 }),
    title: Type.String({ minLength: 1 }),
    validFrom: CalendarDate(),
    thresholds: Type.Object(
      {
        LOW: Type.Integer({ minimum: 1, maximum: 100 }),
        MEDIUM: Type.Integer({ minimum: 1, maximum: 100 }),
        HIGH: Type.Integer({ minimum: 1, maximum: 100 }),
        CRITICAL: Type.Integer({ minimum: 1, maximum: 100 }),
      },
      closed,
    ),
    alertAt: stringEnum(ALERTING_SEVERITIES),
    scoreCap: Type.Integer({ minimum: 1, maximum: 100 }),
    randomSelection: Type.Object(
      {
        rate: Type.Number({ minimum: 0, maximum: 1 }),
        points: Type.Integer({ minimum: 0, maximum: 100 }),
        raiseSeverityTo: Type.Optional(
          stringEnum(ALERTING_SEVERITIES, {
            description: 'a pick sends the declaration to at least this severity',
          }),
        ),
      },
      closed,
    ),
    alertPriorities: Type.Optional(
      Type.Object(
        {
          CRITICAL: Type.Integer({ minimum: 1, maximum: 5 }),
          HIGH: Type.Integer({ minimum: 1, maximum: 5 }),
          MEDIUM: Type.Integer({ minimum: 1, maximum: 5 }),
          LOW: Type.Integer({ minimum: 1, maximum: 5 }),
          NONE: Type.Integer({ minimum: 1, maximum: 5 }),
        },
        closed,
      ),
    ),
    indicators: Type.Record(Type.String({ pattern: INDICATOR_CODE_PATTERN }), IndicatorSettingSchema, closed),
    combinations: Type.Array(
      Type.Object(
        {
          id: Type.String({ pattern: INDICATOR_CODE_PATTERN }),
          all: Type.Array(Type.String({ pattern: INDICATOR_CODE_PATTERN }), { minItems: 2 }),
          points: points(),
          reason: Type.String({ minLength: 1, maxLength: 512 }),
        },
        closed,
      ),
    ),
    referenceData: ReferenceDataSchema,
  },
  {
    ...closed,
    $id: `${SCHEMA_ID_BASE}risk-profile.v1.json`,
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Risk profile v1',
  },
);

export type RiskProfileDocument = Static<typeof RiskProfileSchema>;
export type IndicatorSetting = Static<typeof IndicatorSettingSchema>;
export type VocabularyDocument = Static<typeof VocabularySchema>;
export type VocabularyTerm = Static<typeof VocabularyTermSchema>;
export type ControlledHsDocument = Static<typeof ControlledHsSchema>;
export type EmbargoesDocument = Static<typeof EmbargoesSchema>;
export type EmbargoScope = (typeof EMBARGO_SCOPES)[number];
export type EmbargoInstrumentKind = (typeof EMBARGO_INSTRUMENT_KINDS)[number];
export type CommodityRangesDocument = Static<typeof CommodityRangesSchema>;
export type RoutingDocument = Static<typeof RoutingSchema>;
export type HsCategory = Static<typeof HsCategorySchema>;
