import type { Activation } from './activation.model';
import { listRollbackTarget, profileRollbackTarget } from './rollback-target';

const activation = (n: number, lists: Record<string, number>, profileVersion = 1): Activation => ({
  activation: n,
  activatedAt: '2026-12-01T00:00:00Z',
  profile: { id: 'salw-default', version: profileVersion },
  lists,
});

describe('what rollback returns to', () => {
  it('is the list version of the latest earlier activation that used another version of that list', () => {
    const active = activation(4, { national: 3, 'un-sc': 2 });
    const history = [
      activation(3, { national: 3, 'un-sc': 1 }), // only the UN list changed here
      activation(2, { national: 2, 'un-sc': 1 }),
      activation(1, { national: 1 }),
    ];
    expect(listRollbackTarget(active, history, 'national')).toBe(2);
    expect(listRollbackTarget(active, history, 'un-sc')).toBe(1);
  });

  it('is nothing when no earlier activation used another version of the list', () => {
    const active = activation(2, { national: 1 });
    expect(listRollbackTarget(active, [activation(1, { national: 1 })], 'national')).toBeUndefined();
    expect(listRollbackTarget(active, [], 'national')).toBeUndefined();
  });

  it('for a profile is the latest earlier activation with another profile version', () => {
    const active = activation(3, {}, 5);
    expect(profileRollbackTarget(active, [activation(2, {}, 5), activation(1, {}, 4)])).toEqual({
      id: 'salw-default',
      version: 4,
    });
    expect(profileRollbackTarget(active, [activation(2, {}, 5)])).toBeUndefined();
  });
});
