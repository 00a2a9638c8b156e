import { REJECT_REASONS } from '@salw/contracts/validation/contract-error';

/**
 * Why a record was dead-lettered: the closed set of `x-dlq-reason` values. The contract's refusal
 * reasons, plus the screener's own: PROCESSING_FAILED (a valid record whose processing failed
 * deterministically, parked so its partition keeps moving), CONFLICTING_REPLAY (a version already
 * screened, sent again with other content), KEY_MISMATCH (a record whose key is not its
 * declarationId) and OUTPUT_TOO_LARGE (a record whose result or alert would exceed its topic's
 * max.message.bytes, which the broker would refuse on every attempt).
 */
export const DEAD_LETTER_REASONS = [
  ...REJECT_REASONS,
  'PROCESSING_FAILED',
  'CONFLICTING_REPLAY',
  'KEY_MISMATCH',
  'OUTPUT_TOO_LARGE',
] as const;

export type DeadLetterReason = (typeof DEAD_LETTER_REASONS)[number];

export function isDeadLetterReason(value: string): value is DeadLetterReason {
  return (DEAD_LETTER_REASONS as readonly string[]).includes(value);
}
