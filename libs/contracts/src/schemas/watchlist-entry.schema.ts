import { Type, type Static } from '@sinclair/typebox';
import { CalendarDate, CountryCode, JSON_SCHEMA_DIALECT, SCHEMA_ID_BASE, stringEnum } from './schema-kit';

/** One entry of a national or agency watchlist in JSON Lines or CSV (docs/contracts.md section 5). */

export const WATCHLIST_ENTRY_KINDS = ['PARTY', 'CONTAINER', 'VESSEL', 'IDENTIFIER', 'ADDRESS'] as const;

export const WatchlistEntrySchema = Type.Object(
  {
    list: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,63}$', description: 'list name, e.g. national' }),
    entryId: Type.String({ minLength: 1, maxLength: 64 }),
    kind: stringEnum(WATCHLIST_ENTRY_KINDS),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    aliases: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 512 }), { maxItems: 200 })),
    value: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    country: Type.Optional(CountryCode()),
    reason: Type.Optional(Type.String({ maxLength: 1024 })),
    points: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    listedOn: Type.Optional(CalendarDate()),
    expiresOn: Type.Optional(Type.Union([CalendarDate(), Type.Null()])),
  },
  {
    additionalProperties: false,
    // A PARTY is known by its name; every other kind by its exact value.
    if: { properties: { kind: { const: 'PARTY' } } },
    then: { required: ['name'] },
    else: { required: ['value'] },
    $id: `${SCHEMA_ID_BASE}watchlist-entry.v1.json`,
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Watchlist entry v1',
  },
);

export type WatchlistEntryKind = (typeof WATCHLIST_ENTRY_KINDS)[number];
export type WatchlistEntryRecord = Static<typeof WatchlistEntrySchema>;
