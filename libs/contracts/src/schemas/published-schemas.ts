import type { TSchema } from '@sinclair/typebox';
import { DeclarationSchema } from './declaration.schema';
import { AlertSchema, ScreeningResultSchema } from './screening-result.schema';
import { AlertOutcomeSchema } from './alert-outcome.schema';
import { WatchlistEntrySchema } from './watchlist-entry.schema';

/** The schemas other systems receive as JSON files (`libs/contracts/json-schemas/`), by file name. */
export const PUBLISHED_SCHEMAS: Readonly<Record<string, TSchema>> = {
  'declaration.v1.schema.json': DeclarationSchema,
  'screening-result.v1.schema.json': ScreeningResultSchema,
  'alert.v1.schema.json': AlertSchema,
  'alert-outcome.v1.schema.json': AlertOutcomeSchema,
  'watchlist-entry.v1.schema.json': WatchlistEntrySchema,
};

/** A schema as plain JSON text: TypeBox's symbol-keyed metadata does not survive `JSON.stringify`. */
export function schemaAsJson(schema: TSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
