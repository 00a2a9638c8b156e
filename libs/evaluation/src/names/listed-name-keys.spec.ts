import { partyEntry } from '@salw/watchlists/testing/party-entry';
import { listedNameTest } from './listed-name-keys';

const LISTED = [partyEntry('KPe.020', 'Korea Mirae Shipping Co. Ltd', {}, 'un-sc')];

describe('listedNameTest', () => {
  const isListed = listedNameTest(LISTED);

  it('knows a listed name in another order, with another legal form, or with one word left out', () => {
    expect(isListed('Mirae Korea Shipping Company Limited')).toBe(true);
    expect(isListed('Mirae Shipping Corporation')).toBe(true);
  });

  it('does not take a name that shares only some words for a listed one', () => {
    expect(isListed('Korea Hana Shipping Co., Ltd.')).toBe(false);
    expect(isListed('Mirae')).toBe(false);
  });
});
