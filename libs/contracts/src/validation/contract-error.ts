/** Why a message was refused. Stable codes: they become the DLQ `x-dlq-reason` header and a metric label. */
export const REJECT_REASONS = [
  'EMPTY_MESSAGE',
  'TOO_LARGE',
  'INVALID_UTF8',
  'TOO_DEEP',
  'INVALID_JSON',
  'FORBIDDEN_KEY',
  'UNSUPPORTED_SCHEMA_VERSION',
  'SCHEMA_VIOLATION',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** One precise problem: where (`path`, as `items[0].hsCode`), which rule, and what to do about it. */
export interface ContractViolation {
  /** Human path into the document (`items[0].hsCode`); `(root)` for the document itself. */
  readonly path: string;
  /** The rule that failed: a JSON Schema keyword (`pattern`, `required`...) or a parser check (`utf8`, `depth`). */
  readonly rule: string;
  readonly message: string;
}

export interface Accepted<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Rejected {
  readonly ok: false;
  readonly reason: RejectReason;
  readonly violations: readonly ContractViolation[];
}

export type ContractResult<T> = Accepted<T> | Rejected;

/** One line naming every problem, for logs, DLQ detail headers and HTTP 400 bodies. */
export function describeRejection(rejected: Rejected): string {
  return rejected.violations.map((v) => `${v.path}: ${v.message}`).join('; ');
}

export function reject(reason: RejectReason, violations: readonly ContractViolation[]): Rejected {
  return { ok: false, reason, violations };
}
