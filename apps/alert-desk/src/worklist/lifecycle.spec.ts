import { LIFECYCLE, ownershipFor } from './lifecycle';

describe('alert lifecycle', () => {
  it('runs NEW -> CLAIMED -> UNDER_EXAMINATION -> CLOSED', () => {
    expect(LIFECYCLE.CLAIM).toMatchObject({ from: ['NEW'], to: 'CLAIMED' });
    expect(LIFECYCLE.EXAMINE).toMatchObject({ from: ['CLAIMED'], to: 'UNDER_EXAMINATION' });
    expect(LIFECYCLE.CLOSE).toMatchObject({ from: ['CLAIMED', 'UNDER_EXAMINATION'], to: 'CLOSED' });
  });

  it('lets an officer claim any new alert but work, close and release only their own', () => {
    expect(ownershipFor('CLAIM', ['officer'])).toBe('any');
    for (const action of ['EXAMINE', 'NOTE', 'CLOSE', 'RELEASE'] as const) {
      expect(ownershipFor(action, ['officer'])).toBe('own');
    }
  });

  it('keeps assign and reopen to supervisors', () => {
    expect(ownershipFor('ASSIGN', ['officer'])).toBeUndefined();
    expect(ownershipFor('REOPEN', ['officer'])).toBeUndefined();
    expect(ownershipFor('ASSIGN', ['supervisor'])).toBe('any');
    expect(ownershipFor('REOPEN', ['supervisor'])).toBe('any');
  });

  it('gives analysts and admins no lifecycle action', () => {
    for (const action of Object.keys(LIFECYCLE) as (keyof typeof LIFECYCLE)[]) {
      expect(ownershipFor(action, ['analyst', 'admin'])).toBeUndefined();
    }
  });
});
