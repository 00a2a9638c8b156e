import { declarationValidator, describeRejection, type Declaration } from '@salw/contracts';
import { historyKeysFor, type CompiledProfile, type HistoryQuery } from '@salw/risk-engine';
import { contentHash } from './ledger/content-hash';
import type { ScreeningOutcome } from './screening-outcome.model';
import type { ScreeningRecord } from './screening-record.model';

/** A record that passed the contract and its key check, with what the ledger decides on. */
export interface ValidRecord {
  /** Its index in the records validated. */
  readonly index: number;
  readonly record: ScreeningRecord;
  readonly declaration: Declaration;
  /** SHA-256 of the record's bytes as received (see contentHash). */
  readonly hash: string;
  /** The trader-history query last computed for it, with the profile it was for (see historyQueryOf). */
  historyQuery?: { readonly profile: CompiledProfile; readonly query: HistoryQuery };
}

/** Records through the contract: the valid ones in input order, and each refused one's outcome. */
export interface ValidatedRecords {
  /** How many records were validated: every index below is valid or refused. */
  readonly count: number;
  readonly valid: readonly ValidRecord[];
  readonly refused: ReadonlyArray<{
    readonly index: number;
    readonly outcome: Extract<ScreeningOutcome, { kind: 'refused' }>;
  }>;
}

const EMPTY = new Uint8Array(0);
const utf8 = new TextDecoder();

/**
 * The first step of screening, which depends on the records alone (not on a snapshot, ledger or
 * history): each record is parsed and validated against the declaration contract, its key checked
 * against its declarationId, and its bytes hashed for the ledger. A caller that screens the same
 * records more than once (a backtest's two sides) validates them once and hands the result to
 * screenValidated for each.
 */
export function validateRecords(records: readonly ScreeningRecord[]): ValidatedRecords {
  const valid: ValidRecord[] = [];
  const refused: Array<ValidatedRecords['refused'][number]> = [];
  records.forEach((record, index) => {
    const value = record.value ?? EMPTY;
    const parsed = declarationValidator.parse(value);
    if (!parsed.ok) {
      refused.push({
        index,
        outcome: { kind: 'refused', reason: parsed.reason, detail: describeRejection(parsed) },
      });
      return;
    }
    const declaration = parsed.value;
    const key = keyText(record.key);
    if (key !== undefined && key !== declaration.declarationId) {
      refused.push({
        index,
        outcome: {
          kind: 'refused',
          reason: 'KEY_MISMATCH',
          detail: `record key "${key.slice(0, 80)}" is not the declarationId "${declaration.declarationId}"; a declaration is sent under its own id`,
        },
      });
      return;
    }
    valid.push({ index, record, declaration, hash: contentHash(value) });
  });
  return { count: records.length, valid, refused };
}

/**
 * historyKeysFor the record's declaration and `profile`, remembered with the profile: a backtest's
 * two sides screening with the same profile object build a declaration's trader keys (strings the
 * history's maps hash) once instead of twice. Another profile computes them afresh.
 */
export function historyQueryOf(record: ValidRecord, profile: CompiledProfile): HistoryQuery {
  const known = record.historyQuery;
  if (known !== undefined && known.profile === profile) return known.query;
  const query = historyKeysFor(record.declaration, profile);
  record.historyQuery = { profile, query };
  return query;
}

function keyText(key: ScreeningRecord['key']): string | undefined {
  if (key === undefined || key === null) return undefined;
  return typeof key === 'string' ? key : utf8.decode(key);
}
