import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseUnConsolidatedListText } from '@salw/watchlists';
import { aDeclaration, defaultProfile, hitsOf, nationalList } from '../testing/screening.fixture';
import { buildSnapshot } from './build-snapshot';
import type { PartyNameMatcher } from './party-name-matcher.model';

const UN_SAMPLE = resolve(__dirname, '../../../../../shared/data/un-sc/consolidated-2024-09-26.xml');

describe('buildSnapshot', () => {
  const national = nationalList([
    { entryId: 'NAT-0107', kind: 'CONTAINER', value: 'mscu 1234566' },
    { entryId: 'NAT-0108', kind: 'VESSEL', value: '9321483' },
    { entryId: 'NAT-0201', kind: 'IDENTIFIER', value: 'ng 9988-7766' },
    { entryId: 'NAT-0300', kind: 'ADDRESS', value: 'Plot 7, Industrial Layout, Kano', country: 'NG' },
    { entryId: 'NAT-0042', kind: 'PARTY', name: 'Sahel Logistics SARL' },
  ]);

  it('keys exact entries the way the watchlists library normalises them', async () => {
    const snapshot = buildSnapshot({ profile: await defaultProfile(), watchlists: [national] });
    expect([...snapshot.containers.keys()]).toEqual(['MSCU1234566']);
    expect([...snapshot.vessels.keys()]).toEqual(['IMO9321483']);
    expect([...snapshot.identifiers.keys()]).toEqual(['NG99887766']);
    expect([...snapshot.addresses.keys()]).toEqual(['NG|PLOT 7 IND LAYOUT KANO']);
    expect([...snapshot.parties.keys()]).toEqual(['national/NAT-0042']);
  });

  it('reports each list version and derives one watchlist version from them', async () => {
    const profile = await defaultProfile();
    const a = buildSnapshot({ profile, watchlists: [national] });
    const b = buildSnapshot({ profile, watchlists: [national] });
    expect(a.watchlists.lists).toEqual({ national: national.version });
    expect(a.watchlists.version).toBe(b.watchlists.version);
    const named = buildSnapshot({
      profile,
      watchlists: [national],
      versions: { watchlists: 'wl-42', lists: { national: 12 } },
    });
    expect(named.watchlists).toEqual({ version: 'wl-42', lists: { national: 12 } });
  });

  it('is immutable', async () => {
    const snapshot = buildSnapshot({ profile: await defaultProfile(), watchlists: [national] });
    expect(Object.isFrozen(snapshot)).toBe(true);
  });

  it('accepts another party name matcher behind the same interface', async () => {
    const calls: string[] = [];
    const matcher: PartyNameMatcher = {
      search(name) {
        calls.push(name);
        return [{ entryKey: 'national/NAT-0042', similarity: 0.9, matchedName: 'Sahel Logistics SARL' }];
      },
    };
    const snapshot = buildSnapshot({
      profile: await defaultProfile(),
      watchlists: [national],
      createNameMatcher: () => matcher,
    });
    const [hit] = await hitsOf('SANCTIONED_PARTY', aDeclaration(), { snapshot });
    expect(calls).toContain('Lagos Apparel Stores Ltd');
    expect(hit?.evidence.similarity).toBe(0.9);
  });

  it('hands a custom name matcher each party with its snapshot key', async () => {
    let received: { names: (string | undefined)[]; keys: readonly string[] } | undefined;
    buildSnapshot({
      profile: await defaultProfile(),
      watchlists: [national],
      createNameMatcher: (parties, keys) => {
        received = { names: parties.map((p) => p.name), keys };
        return { search: () => [] };
      },
    });
    expect(received).toEqual({ names: ['Sahel Logistics SARL'], keys: ['national/NAT-0042'] });
  });

  it('screens against the real UN consolidated list: a listed DPRK entity is found by name', async () => {
    const un = parseUnConsolidatedListText(readFileSync(UN_SAMPLE, 'utf8'));
    const snapshot = buildSnapshot({ profile: await defaultProfile(), watchlists: [un] });
    expect(snapshot.watchlists.lists).toEqual({ 'un-sc': '2024-09-26T00:00:07Z' });
    const d = aDeclaration();
    const declaration = {
      ...d,
      parties: {
        ...d.parties,
        consignee: { name: 'Green Pine Associated Corporation', address: { country: 'KP' } },
      },
    };
    const [hit] = await hitsOf('SANCTIONED_PARTY', declaration, { snapshot });
    expect(hit).toMatchObject({
      party: 'consignee',
      evidence: {
        list: 'un-sc',
        entryId: 'KPe.010',
        matchedName: 'GREEN PINE ASSOCIATED CORPORATION',
        countryAgrees: true,
      },
    });
    expect(hit?.reason).toBe(
      "consignee 'Green Pine Associated Corporation' matches un-sc list KPe.010 'GREEN PINE ASSOCIATED CORPORATION' (1.00); address country KP is a country of the entry (+5): possible match, confirm or dismiss",
    );
  });
});
