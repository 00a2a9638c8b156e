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
});
