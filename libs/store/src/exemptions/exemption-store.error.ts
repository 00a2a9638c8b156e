import type { ContractViolation } from '@salw/contracts';

export type ExemptionStoreErrorCode = 'INVALID' | 'NOT_FOUND' | 'ALREADY_REVOKED' | 'CONFLICT';

/** A refused exemption change, with what was wrong (field paths when the request was invalid). */
export class ExemptionStoreError extends Error {
  override readonly name = 'ExemptionStoreError';
  constructor(
    readonly code: ExemptionStoreErrorCode,
    message: string,
    readonly violations: readonly ContractViolation[] = [],
  ) {
    super(message);
  }
}
