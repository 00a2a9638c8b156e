import type { WatchlistEntry } from '@salw/watchlists';
import { listedNameTest } from './listed-name-keys';

const LISTED = [
  {
    list: 'un-sc',
    entryId: 'KPe.020',
    kind: 'PARTY',
    name: 'Korea Mirae Shipping Co. Ltd',
    aliases: [],
    addresses: [],
    nationalities: [],
    countries: [],
    documents: [],
  },
] as unknown as WatchlistEntry[];

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
