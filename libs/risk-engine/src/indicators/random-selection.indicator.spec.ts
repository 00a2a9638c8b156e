import { randomDraw } from './random-selection.indicator';
import { aDeclaration, hitsOf } from '../testing/screening.fixture';

describe('RANDOM_SELECTION', () => {
  it('draws the same number for the same declaration version, and another for another version', () => {
    expect(randomDraw('D-1', 1, 'salw-default')).toBe(randomDraw('D-1', 1, 'salw-default'));
    expect(randomDraw('D-1', 1, 'salw-default')).not.toBe(randomDraw('D-1', 2, 'salw-default'));
  });

  it('draws uniformly enough that the pick rate is close to the profile rate', () => {
    let picked = 0;
    for (let i = 0; i < 100_000; i++) if (randomDraw(`D-${i}`, 1, 'salw-default') < 0.01) picked++;
    expect(picked).toBeGreaterThan(850);
    expect(picked).toBeLessThan(1150);
  });

  it('picks exactly the declarations whose draw is under the rate', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `RS-${i}`);
    const expected = ids.filter((id) => randomDraw(id, 1, 'salw-default') < 0.002);
    expect(expected.length).toBeGreaterThan(0);
    const pickedId = expected[0] as string;
    const notPicked = ids.find((id) => !expected.includes(id)) as string;
    expect(await hitsOf('RANDOM_SELECTION', aDeclaration({ declarationId: pickedId }))).toHaveLength(1);
    expect(await hitsOf('RANDOM_SELECTION', aDeclaration({ declarationId: notPicked }))).toEqual([]);
  });
});
