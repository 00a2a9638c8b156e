import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'MASS_ANOMALY';

describe('MASS_ANOMALY', () => {
  it('fires when net mass is above gross mass', async () => {
    const [hit] = await hitsOf(CODE, aDeclaration({ items: [anItem({ grossMassKg: 90, netMassKg: 100 })] }));
    expect(hit?.reason).toBe('line 1 net mass 100 kg is above its gross mass 90 kg');
  });

  it('fires when mass per unit is far from the range for the heading', async () => {
    const [hit] = await hitsOf(
      CODE,
      aDeclaration({
        items: [
          anItem({ hsCode: '950300', description: 'toys', quantity: 2, grossMassKg: 900, netMassKg: 800 }),
        ],
      }),
    );
    expect(hit).toMatchObject({ evidence: { massPerUnitKg: '400', heading: '9503' } });
  });

  it('stays quiet for plausible masses and headings without a range', async () => {
    expect(
      await hitsOf(
        CODE,
        aDeclaration({
          items: [
            anItem({ hsCode: '930200', description: 'pistols', quantity: 10, grossMassKg: 12, netMassKg: 9 }),
          ],
        }),
      ),
    ).toEqual([]);
    expect(await hitsOf(CODE, aDeclaration())).toEqual([]);
  });
});
