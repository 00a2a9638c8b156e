import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED_SCHEMAS, schemaAsJson } from './published-schemas';

describe('published JSON Schema files', () => {
  it.each(Object.keys(PUBLISHED_SCHEMAS))(
    '%s matches its TypeBox source (run `npm run contracts:export` after a change)',
    (file) => {
      const committed = readFileSync(join(__dirname, '..', '..', 'json-schemas', file), 'utf8');
      expect(committed).toBe(schemaAsJson(PUBLISHED_SCHEMAS[file]));
    },
  );

  it.each(Object.keys(PUBLISHED_SCHEMAS))('%s declares the 2020-12 dialect and an $id', (file) => {
    const schema = JSON.parse(schemaAsJson(PUBLISHED_SCHEMAS[file]));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/salw-screen\.example\/schemas\/.+\.json$/);
  });
});
