import { REJECT_REASONS } from '@salw/contracts/validation/contract-error';
import { DEAD_LETTER_REASONS, isDeadLetterReason } from './dead-letter-reason';

describe('dead-letter reasons', () => {
  it('include every reason the contract validators refuse a message for', () => {
    expect(DEAD_LETTER_REASONS).toEqual(expect.arrayContaining([...REJECT_REASONS]));
  });

  it('recognise members of the closed set only', () => {
    expect(isDeadLetterReason('SCHEMA_VIOLATION')).toBe(true);
    expect(isDeadLetterReason('schema_violation')).toBe(false);
  });
});
