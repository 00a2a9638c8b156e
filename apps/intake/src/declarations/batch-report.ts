import type { ContractViolation } from '@salw/contracts';

export interface BatchLineReport {
  /** 1-based line number in the request body, blank lines counted. */
  readonly line: number;
  readonly status: 'accepted' | 'rejected';
  readonly declarationId?: string;
  readonly version?: number;
  readonly reason?: string;
  readonly violations?: readonly ContractViolation[];
}

/** Why reading stopped before the end of the body; every line from `fromLine` on was neither checked nor produced. */
export interface BatchStop {
  readonly fromLine: number;
  readonly reason: 'BATCH_LINE_LIMIT' | 'BATCH_TOO_LARGE' | 'BROKER_UNAVAILABLE' | 'STORE_UNAVAILABLE';
  readonly message: string;
}

/**
 * The 200 answer to an NDJSON batch: one entry per non-blank line read, in line order. Rejected lines
 * are answered here, synchronously, and are not written to the DLQ: the caller still holds them and
 * is the one who can correct them; the DLQ is for records nobody is waiting on.
 */
export interface BatchReport {
  readonly accepted: number;
  readonly rejected: number;
  readonly lines: readonly BatchLineReport[];
  readonly unprocessed?: BatchStop;
  readonly requestId?: string;
}
