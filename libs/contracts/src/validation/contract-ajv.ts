import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { ISO_3166_ALPHA2 } from '../reference/iso-3166-alpha2';
import { ISO_4217 } from '../reference/iso-4217';
import type { ContractViolation } from './contract-error';

/**
 * The one Ajv instance for the contracts: JSON Schema 2020-12, strict (a typo in a schema fails at
 * start-up, not in production), all errors (a sender learns every problem in one round trip).
 * `strictRequired` stays off: the watchlist entry's `then`/`else` branches require properties that the
 * enclosing schema defines, which that check cannot see.
 */
export function createContractAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats(ajv, ['date-time', 'date']);
  ajv.addFormat('iso3166-alpha2', { type: 'string', validate: (code: string) => ISO_3166_ALPHA2.has(code) });
  ajv.addFormat('iso4217', { type: 'string', validate: (code: string) => ISO_4217.has(code) });
  return ajv;
}

/** At most this many violations are reported; a message with 1000 bad items need not produce 1000 lines. */
export const MAX_REPORTED_VIOLATIONS = 50;

/** Turns Ajv's errors into violations that name the field path the way a sender writes it. */
export function toViolations(errors: readonly ErrorObject[] | null | undefined): ContractViolation[] {
  const violations: ContractViolation[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    if (error.keyword === 'if') continue; // the failing `then`/`else` branch already says what is missing
    const violation = toViolation(error);
    const key = `${violation.path}|${violation.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push(violation);
    if (violations.length === MAX_REPORTED_VIOLATIONS) break;
  }
  return violations;
}

function toViolation(error: ErrorObject): ContractViolation {
  const base = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        path: join(base, String(params.missingProperty)),
        rule: 'required',
        message: 'required field is missing',
      };
    case 'additionalProperties':
      return {
        path: join(base, String(params.additionalProperty)),
        rule: 'additionalProperties',
        message: 'unknown field: the contract does not define it',
      };
    case 'enum':
      return {
        path: base,
        rule: 'enum',
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'const':
      return { path: base, rule: 'const', message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'format':
      return { path: base, rule: 'format', message: describeFormat(String(params.format)) };
    default:
      return { path: base, rule: error.keyword, message: error.message ?? 'is invalid' };
  }
}

function describeFormat(format: string): string {
  switch (format) {
    case 'iso3166-alpha2':
      return 'is not an ISO 3166-1 alpha-2 country code';
    case 'iso4217':
      return 'is not an ISO 4217 currency code';
    case 'date-time':
      return 'must be an RFC 3339 date-time with a zone, e.g. 2026-11-29T10:00:00Z';
    case 'date':
      return 'must be a date YYYY-MM-DD';
    default:
      return `must match format "${format}"`;
  }
}

/** `/items/0/hsCode` -> `items[0].hsCode`; `` -> `(root)`. */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '(root)';
  let path = '';
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path += /^\d+$/.test(segment) ? `[${segment}]` : path === '' ? segment : `.${segment}`;
  }
  return path;
}

function join(base: string, property: string): string {
  return base === '(root)' ? property : `${base}.${property}`;
}
