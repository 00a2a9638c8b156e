/**
 * Why a record was dead-lettered: the closed set of `x-dlq-reason` values. The first eight are the
 * contract's refusal reasons (libs/contracts REJECT_REASONS, kept equal by a spec); PROCESSING_FAILED
 * is a valid record whose processing failed deterministically, parked so its partition keeps moving.
 */
export const DEAD_LETTER_REASONS = [
  'EMPTY_MESSAGE',
  'TOO_LARGE',
  'INVALID_UTF8',
  'TOO_DEEP',
  'INVALID_JSON',
  'FORBIDDEN_KEY',
  'UNSUPPORTED_SCHEMA_VERSION',
  'SCHEMA_VIOLATION',
  'PROCESSING_FAILED',
] as const;

export type DeadLetterReason = (typeof DEAD_LETTER_REASONS)[number];

export function isDeadLetterReason(value: string): value is DeadLetterReason {
  return (DEAD_LETTER_REASONS as readonly string[]).includes(value);
}
