import { REJECT_REASONS } from '@salw/contracts/validation/contract-error';
import { DEAD_LETTER_REASONS, isDeadLetterReason } from './dead-letter-reason';

describe('dead-letter reasons', () => {
  it("are every reason the contract validators refuse a message for, plus the screener's own", () => {
    expect(DEAD_LETTER_REASONS).toEqual([
      ...REJECT_REASONS,
      'PROCESSING_FAILED',
      'CONFLICTING_REPLAY',
      'KEY_MISMATCH',
      'OUTPUT_TOO_LARGE',
    ]);
  });

  it('recognise members of the closed set only', () => {
    expect(isDeadLetterReason('SCHEMA_VIOLATION')).toBe(true);
    expect(isDeadLetterReason('schema_violation')).toBe(false);
  });
});
