import { Type } from '@sinclair/typebox';
import { defineConfigSection } from './config-section';
import { ConfigError } from './config.error';
import { loadConfig } from './load-config';

const demo = defineConfigSection({
  name: 'demo',
  schema: Type.Object(
    {
      workers: Type.Integer({ minimum: 1 }),
      tags: Type.Array(Type.String(), { default: [] }),
      token: Type.Optional(Type.String({ minLength: 8 })),
    },
    { additionalProperties: false },
  ),
  env: {
    DEMO_WORKERS: { field: 'workers', kind: 'integer', expect: 'a positive integer' },
    DEMO_TAGS: { field: 'tags', kind: 'list', expect: 'a comma-separated list' },
    DEMO_TOKEN: { field: 'token', kind: 'string', expect: 'at least 8 characters', secret: 'full' },
  },
});

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, but loading succeeded');
}

describe('loadConfig', () => {
  it('returns typed, coerced values keyed by section name', () => {
    const config = loadConfig([demo], { DEMO_WORKERS: ' 4 ', DEMO_TAGS: 'a, b,,c' });
    expect(config.demo).toEqual({ workers: 4, tags: ['a', 'b', 'c'] });
  });

  it('freezes what it returns so no module can change configuration after startup', () => {
    const config = loadConfig([demo], { DEMO_WORKERS: '1' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.demo)).toBe(true);
  });

  it('names a required variable that is not set', () => {
    expect(errorOf(() => loadConfig([demo], {})).message).toBe(
      'Invalid configuration (1 problem):\n  DEMO_WORKERS: is required (not set); must be a positive integer',
    );
  });

  it('lists every problem in one error, in declaration order, one line per variable', () => {
    const error = errorOf(() => loadConfig([demo], { DEMO_TOKEN: 'short', DEMO_WORKERS: '0' }));
    expect(error.problems).toEqual([
      { variable: 'DEMO_WORKERS', message: 'must be a positive integer (got "0")' },
      { variable: 'DEMO_TOKEN', message: 'must be at least 8 characters (got "***")' },
    ]);
    expect(error.message).toBe(
      'Invalid configuration (2 problems):\n' +
        '  DEMO_WORKERS: must be a positive integer (got "0")\n' +
        '  DEMO_TOKEN: must be at least 8 characters (got "***")',
    );
  });

  it('refuses the same section twice', () => {
    expect(() => loadConfig([demo, demo], { DEMO_WORKERS: '1' })).toThrow(
      'Configuration section "demo" is listed twice',
    );
  });

  it('reads the process environment when no environment is given', () => {
    const config = loadConfig([defineConfigSection({ name: 'bare', schema: Type.Object({}), env: {} })]);
    expect(config.bare).toEqual({});
  });
});
