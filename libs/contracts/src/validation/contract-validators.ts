import type { TSchema } from '@sinclair/typebox';
import type { ValidateFunction } from 'ajv/dist/2020';
import {
  DECLARATION_MAX_DEPTH,
  DeclarationSchema,
  MAX_ITEMS,
  type Declaration,
} from '../schemas/declaration.schema';
import {
  AlertSchema,
  ScreeningResultSchema,
  type Alert,
  type ScreeningResult,
} from '../schemas/screening-result.schema';
import { AlertOutcomeSchema, type AlertOutcome } from '../schemas/alert-outcome.schema';
import { WatchlistEntrySchema, type WatchlistEntryRecord } from '../schemas/watchlist-entry.schema';
import { createContractAjv, toViolations } from './contract-ajv';
import { reject, type ContractResult } from './contract-error';
import { parseUntrustedJson, type SafeJsonLimits } from './safe-json';

/**
 * Compiled validators, one per contract. Two entry points each: `check` for a value already in memory,
 * `parse` for raw message bytes (size, UTF-8, depth, JSON, prototype keys, then the schema).
 */
export interface ContractValidator<T> {
  readonly name: string;
  check(value: unknown): ContractResult<T>;
  parse(bytes: Uint8Array | string): ContractResult<T>;
}

const ajv = createContractAjv();

function compile<T>(
  name: string,
  schema: TSchema,
  limits: SafeJsonLimits,
  preCheck?: (value: unknown) => ContractResult<T> | undefined,
): ContractValidator<T> {
  const validate = ajv.compile(schema) as ValidateFunction<T>;
  const check = (value: unknown): ContractResult<T> => {
    const early = preCheck?.(value);
    if (early) return early;
    if (validate(value)) return { ok: true, value };
    return reject('SCHEMA_VIOLATION', toViolations(validate.errors));
  };
  return {
    name,
    check,
    parse(bytes) {
      const parsed = parseUntrustedJson(bytes, limits);
      return parsed.ok ? check(parsed.value) : parsed;
    },
  };
}

/**
 * Before the schema: a message that says it is another schema version is routed apart (it is not
 * malformed, it is not ours), and the large arrays are counted. The schema validator reports every
 * problem of every element, so 1 MiB of `{"items":[{},{},...]}` cost it a second of CPU; a count
 * over the contract's maximum is refused here in constant time, with the same path and rule.
 */
function declarationPreCheck(value: unknown): ContractResult<Declaration> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const declaration = value as Record<string, unknown>;
  const tooMany =
    overCount(declaration.items, 'items', MAX_ITEMS) ?? overCount(declaration.documents, 'documents', 200);
  if (tooMany) return reject('SCHEMA_VIOLATION', [tooMany]);
  const version = declaration.schemaVersion;
  if (version === undefined || version === '1') return undefined;
  return reject('UNSUPPORTED_SCHEMA_VERSION', [
    {
      path: 'schemaVersion',
      rule: 'const',
      message: `schema version ${JSON.stringify(version)} is not supported; this consumer reads "1"`,
    },
  ]);
}

function overCount(value: unknown, path: string, max: number) {
  if (!Array.isArray(value) || value.length <= max) return undefined;
  return { path, rule: 'maxItems', message: `must NOT have more than ${max} items (has ${value.length})` };
}

// Results carry open `evidence` objects, so they get more depth headroom than declarations.
const RESULT_LIMITS: SafeJsonLimits = { maxDepth: 16 };

export const declarationValidator = compile<Declaration>(
  'Declaration v1',
  DeclarationSchema,
  { maxDepth: DECLARATION_MAX_DEPTH },
  declarationPreCheck,
);
export const screeningResultValidator = compile<ScreeningResult>(
  'ScreeningResult v1',
  ScreeningResultSchema,
  RESULT_LIMITS,
);
export const alertValidator = compile<Alert>('Alert v1', AlertSchema, RESULT_LIMITS);
export const alertOutcomeValidator = compile<AlertOutcome>('AlertOutcome v1', AlertOutcomeSchema, {
  maxDepth: 3,
});
export const watchlistEntryValidator = compile<WatchlistEntryRecord>(
  'Watchlist entry v1',
  WatchlistEntrySchema,
  { maxDepth: 3 },
);
