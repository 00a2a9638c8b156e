import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'POSTAL_EXPRESS_PARTS';

describe('POSTAL_EXPRESS_PARTS', () => {
  it.each(['POSTAL', 'EXPRESS'] as const)('fires on a %s consignment with arms-like parts', async (mode) => {
    const [hit] = await hitsOf(
      CODE,
      aDeclaration({
        transport: { mode },
        items: [anItem(), anItem({ line: 2, description: 'AR-15 bolt carrier group', hsCode: '732690' })],
      }),
    );
    expect(hit).toMatchObject({ evidence: { mode, lines: [2] } });
  });

  it('fires on a postal consignment of controlled goods', async () => {
    expect(
      await hitsOf(
        CODE,
        aDeclaration({ transport: { mode: 'POSTAL' }, items: [anItem({ hsCode: '930510' })] }),
      ),
    ).toHaveLength(1);
  });

  it('stays quiet on sea freight with arms-like parts, and on parcels of ordinary goods', async () => {
    expect(
      await hitsOf(CODE, aDeclaration({ items: [anItem({ description: 'AR-15 bolt carrier group' })] })),
    ).toEqual([]);
    expect(
      await hitsOf(
        CODE,
        aDeclaration({ transport: { mode: 'POSTAL' }, items: [anItem({ description: 'ink cartridges' })] }),
      ),
    ).toEqual([]);
  });

  it('weighs less on a parcel of licensed chapter 93 parts: the parcel stream slipped past no licensing check', async () => {
    const parts = [
      anItem({ hsCode: '930510', description: 'Spare parts for service pistols: slides, barrels' }),
    ];
    const licence = {
      type: 'IMPORT_LICENCE' as const,
      reference: 'NG-IL-9',
      issuer: 'NG',
      validUntil: '2027-01-31',
    };
    const [licensed] = await hitsOf(
      CODE,
      aDeclaration({ transport: { mode: 'EXPRESS' }, items: parts, documents: [licence] }),
    );
    expect(licensed).toMatchObject({ points: 10, evidence: { licensed: true } });
    expect(licensed?.reason).toBe(
      'express consignment carries arms-like goods (lines 1), declared under chapter 93 and licensed',
    );
    const [unlicensed] = await hitsOf(CODE, aDeclaration({ transport: { mode: 'EXPRESS' }, items: parts }));
    expect(unlicensed).toMatchObject({ points: 20, evidence: { licensed: false } });
  });

  it('keeps full points when arms-like parts travel beside licensed ones under a cover heading', async () => {
    const [hit] = await hitsOf(
      CODE,
      aDeclaration({
        transport: { mode: 'POSTAL' },
        items: [
          anItem({ hsCode: '930510' }),
          anItem({ line: 2, hsCode: '732690', description: 'AR-15 bolt carrier group' }),
        ],
        documents: [{ type: 'IMPORT_LICENCE', reference: 'NG-IL-9', issuer: 'NG' }],
      }),
    );
    expect(hit?.points).toBe(20);
  });
});
