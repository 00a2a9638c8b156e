import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'EMBARGO_COUNTRY';

describe('EMBARGO_COUNTRY', () => {
  it('fires on a destination under a full UN embargo, naming the instrument', async () => {
    const [hit] = await hitsOf(CODE, aDeclaration({ route: { origin: 'PT', destination: 'KP' } }));
    expect(hit).toMatchObject({
      evidence: { field: 'route.destination', country: 'KP', scope: 'FULL', authority: 'UN' },
    });
    expect(hit?.reason).toMatch(/^destination KP is under a full UN arms embargo \(UNSCR 1718/);
  });

  it('weighs a full embargo above one limited to non-state actors, and a transit below the destination', async () => {
    const [full] = await hitsOf(CODE, aDeclaration({ route: { origin: 'PT', destination: 'LY' } }));
    const [nonState] = await hitsOf(CODE, aDeclaration({ route: { origin: 'PT', destination: 'SO' } }));
    const [transit] = await hitsOf(
      CODE,
      aDeclaration({ route: { origin: 'PT', transit: ['LY'], destination: 'NG' } }),
    );
    expect(full!.points).toBeGreaterThan(nonState!.points);
    expect(full!.points).toBeGreaterThan(transit!.points);
  });

  it('weighs configured EU embargoes below UN ones', async () => {
    const [eu] = await hitsOf(CODE, aDeclaration({ route: { origin: 'BY', destination: 'NG' } }));
    const [un] = await hitsOf(CODE, aDeclaration({ route: { origin: 'KP', destination: 'NG' } }));
    expect(eu?.evidence.authority).toBe('EU');
    expect(eu!.points).toBeLessThan(un!.points);
  });

  it('fires on an item origin and on a party address country, naming the party', async () => {
    const byItem = await hitsOf(CODE, aDeclaration({ items: [anItem({ originCountry: 'SS' })] }));
    expect(byItem[0]?.evidence.field).toBe('items[0].originCountry');
    const d = aDeclaration();
    const byParty = await hitsOf(CODE, {
      ...d,
      parties: { ...d.parties, consignor: { name: 'X', address: { country: 'KP' } } },
    });
    expect(byParty[0]).toMatchObject({
      party: 'consignor',
      evidence: { field: 'parties.consignor.address.country' },
    });
  });

  it('gives one hit per country, from its heaviest place', async () => {
    const hits = await hitsOf(
      CODE,
      aDeclaration({
        route: { origin: 'KP', transit: ['KP'], destination: 'NG' },
        items: [anItem({ originCountry: 'KP' })],
      }),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence.field).toBe('route.origin');
  });

  it('ignores an embargo not yet in force on the declaration date', async () => {
    expect(
      await hitsOf(
        CODE,
        aDeclaration({ submittedAt: '2025-01-01T00:00:00Z', route: { origin: 'PT', destination: 'IR' } }),
      ),
    ).toEqual([]);
    expect(await hitsOf(CODE, aDeclaration({ route: { origin: 'PT', destination: 'IR' } }))).toHaveLength(1);
  });

  it('stays quiet when no place is embargoed', async () => {
    expect(await hitsOf(CODE, aDeclaration())).toEqual([]);
  });
});
