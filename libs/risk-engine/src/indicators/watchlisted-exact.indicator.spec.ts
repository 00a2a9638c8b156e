import { aDeclaration, hitsOf, nationalList } from '../testing/screening.fixture';

const list = nationalList([
  { entryId: 'NAT-0107', kind: 'CONTAINER', value: 'MSCU 123456-6', reason: 'previous seizure', points: 50 },
  { entryId: 'NAT-0108', kind: 'VESSEL', value: 'IMO 9321483', reason: 'AIS dark activity' },
  { entryId: 'NAT-0201', kind: 'IDENTIFIER', value: 'NG-8765-4321', reason: 'revoked importer' },
  {
    entryId: 'NAT-0300',
    kind: 'ADDRESS',
    value: 'Plot 7, Industrial Layout, Kano',
    country: 'NG',
    reason: 'repeated consignee address',
  },
  { entryId: 'NAT-0400', kind: 'CONTAINER', value: 'TGHU8829470', expiresOn: '2026-06-30' },
]);

describe('WATCHLISTED_CONTAINER', () => {
  it('fires on a container number equal after ISO 6346 normalisation, with the entry points and reason', async () => {
    const [hit] = await hitsOf('WATCHLISTED_CONTAINER', aDeclaration(), { watchlists: [list] });
    expect(hit).toMatchObject({
      points: 50,
      evidence: {
        list: 'national',
        entryId: 'NAT-0107',
        field: 'transport.containers[0].id',
        value: 'MSCU1234566',
        checkDigitValid: true,
      },
    });
    expect(hit?.reason).toBe('container MSCU1234566 is on national list entry NAT-0107 (previous seizure)');
  });

  it('stays quiet on another container and on an expired entry', async () => {
    expect(
      await hitsOf(
        'WATCHLISTED_CONTAINER',
        aDeclaration({ transport: { mode: 'SEA', containers: [{ id: 'MSCU7654321' }] } }),
        { watchlists: [list] },
      ),
    ).toEqual([]);
    expect(
      await hitsOf(
        'WATCHLISTED_CONTAINER',
        aDeclaration({ transport: { mode: 'SEA', containers: [{ id: 'TGHU8829470' }] } }),
        { watchlists: [list] },
      ),
    ).toEqual([]);
  });
});

describe('WATCHLISTED_VESSEL', () => {
  it('fires on the IMO number of the means of transport, however written', async () => {
    const [hit] = await hitsOf(
      'WATCHLISTED_VESSEL',
      aDeclaration({ transport: { mode: 'SEA', meansId: '9321483' } }),
      { watchlists: [list] },
    );
    expect(hit).toMatchObject({
      evidence: { entryId: 'NAT-0108', value: 'IMO9321483', field: 'transport.meansId' },
    });
  });

  it('stays quiet on another vessel or none', async () => {
    expect(
      await hitsOf(
        'WATCHLISTED_VESSEL',
        aDeclaration({ transport: { mode: 'SEA', meansId: 'IMO9166778' } }),
        { watchlists: [list] },
      ),
    ).toEqual([]);
    expect(
      await hitsOf('WATCHLISTED_VESSEL', aDeclaration({ transport: { mode: 'AIR' } }), {
        watchlists: [list],
      }),
    ).toEqual([]);
  });
});

describe('WATCHLISTED_IDENTIFIER', () => {
  it('fires on a party identifier equal after normalisation, naming the party', async () => {
    const [hit] = await hitsOf('WATCHLISTED_IDENTIFIER', aDeclaration(), { watchlists: [list] });
    expect(hit).toMatchObject({
      party: 'consignee',
      evidence: { entryId: 'NAT-0201', field: 'parties.consignee.id', value: 'NG87654321' },
    });
  });

  it('stays quiet when no party carries a listed identifier', async () => {
    const d = aDeclaration();
    expect(
      await hitsOf(
        'WATCHLISTED_IDENTIFIER',
        { ...d, parties: { ...d.parties, consignee: { name: 'X', id: 'NG00000001' } } },
        { watchlists: [list] },
      ),
    ).toEqual([]);
  });
});

describe('WATCHLISTED_ADDRESS', () => {
  const at = (address: { line: string; city?: string; postcode?: string; country: string }) => {
    const d = aDeclaration();
    return { ...d, parties: { ...d.parties, consignee: { name: 'Kano Imports', address } } };
  };

  it('fires on an address equal after normalisation in the same country', async () => {
    const [hit] = await hitsOf(
      'WATCHLISTED_ADDRESS',
      at({ line: 'PLOT 7 Industrial Layout', city: 'Kano', country: 'NG' }),
      { watchlists: [list] },
    );
    expect(hit).toMatchObject({ party: 'consignee', evidence: { entryId: 'NAT-0300', country: 'NG' } });
  });

  it('stays quiet on the same words in another country, or another address', async () => {
    expect(
      await hitsOf(
        'WATCHLISTED_ADDRESS',
        at({ line: 'Plot 7, Industrial Layout', city: 'Kano', country: 'GH' }),
        { watchlists: [list] },
      ),
    ).toEqual([]);
    expect(
      await hitsOf(
        'WATCHLISTED_ADDRESS',
        at({ line: 'Plot 9, Industrial Layout', city: 'Kano', country: 'NG' }),
        { watchlists: [list] },
      ),
    ).toEqual([]);
  });
});
