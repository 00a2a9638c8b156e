import { INDICATOR_CODES } from '@salw/contracts';
import { INDICATOR_CATALOGUE } from './indicator-catalogue';

describe('the indicator catalogue', () => {
  it('implements every code the contracts name, in catalogue order, and no other', () => {
    expect([...INDICATOR_CATALOGUE.keys()]).toEqual([...INDICATOR_CODES]);
  });
});
