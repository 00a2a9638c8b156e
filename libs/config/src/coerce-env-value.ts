import type { EnvValueKind } from './config-section';

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

/**
 * Turns an environment string into the JSON value its schema expects. A string that cannot be
 * converted is returned unchanged so that schema validation reports it with the variable's own message.
 */
export function coerceEnvValue(raw: string, kind: EnvValueKind): unknown {
  switch (kind) {
    case 'integer': {
      const trimmed = raw.trim();
      return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : raw;
    }
    case 'boolean': {
      const word = raw.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return raw;
    }
    case 'list':
      return raw
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry.length > 0);
    case 'string':
    case 'file':
      return raw;
  }
}
