import { Type, type SchemaOptions, type TUnsafe } from '@sinclair/typebox';

/**
 * Building blocks shared by the contract schemas. TypeBox gives one source for both the JSON Schema
 * (what Ajv validates and what other systems receive) and the TypeScript type, so the two cannot drift.
 */

/** A closed set of strings, emitted as a plain JSON Schema `enum` (clearer errors than `anyOf` of `const`). */
export function stringEnum<const T extends readonly string[]>(
  values: T,
  options: SchemaOptions = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });
}

/** ISO 3166-1 alpha-2; the shape by pattern (portable), the code list by the `iso3166-alpha2` format. */
export const CountryCode = (description = 'ISO 3166-1 alpha-2 country code') =>
  Type.String({ pattern: '^[A-Z]{2}$', format: 'iso3166-alpha2', description });

/** ISO 4217 currency code, same split as {@link CountryCode}. */
export const CurrencyCode = () =>
  Type.String({ pattern: '^[A-Z]{3}$', format: 'iso4217', description: 'ISO 4217 currency code' });

/** UN/LOCODE: country code plus three letters or digits 2-9 (e.g. CNSHA). */
export const UnLocode = () =>
  Type.String({ pattern: '^[A-Z]{2}[A-Z2-9]{3}$', description: 'UN/LOCODE, e.g. CNSHA' });

/** RFC 3339 date-time with a zone. */
export const DateTime = (description?: string) => Type.String({ format: 'date-time', description });

/** Calendar date YYYY-MM-DD. */
export const CalendarDate = (description?: string) => Type.String({ format: 'date', description });

/** HS code: 4 to 10 digits, no dots. */
export const HsCode = () =>
  Type.String({ pattern: '^[0-9]{4,10}$', description: 'HS code, 4 to 10 digits without dots' });

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const SCHEMA_ID_BASE = 'https://salw-screen.example/schemas/';
