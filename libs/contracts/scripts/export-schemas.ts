/**
 * Writes the contract schemas as JSON Schema 2020-12 files for systems that do not read TypeScript.
 * The unit test `published-schemas.spec.ts` fails when the committed files differ from the source.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED_SCHEMAS, schemaAsJson } from '../src/schemas/published-schemas';

const target = join(__dirname, '..', 'json-schemas');
for (const [file, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
  writeFileSync(join(target, file), schemaAsJson(schema));
  console.log(`wrote ${join('libs/contracts/json-schemas', file)}`);
}
