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

  it('weighs a mass per unit more than twice the plausible maximum as a different load, and says how far off', async () => {
    const chairs = (netMassKg: number) =>
      aDeclaration({
        items: [
          anItem({
            hsCode: '940130',
            description: 'Swivel office chairs',
            quantity: 100,
            grossMassKg: netMassKg * 1.05,
            netMassKg,
          }),
        ],
      });
    const [far] = await hitsOf(CODE, chairs(12_000));
    expect(far).toMatchObject({
      points: 25,
      evidence: { massPerUnitKg: '120', heading: '940130', far: true },
    });
    expect(far?.reason).toBe(
      'line 1 weighs 120 kg per unit, above the 4-40 kg expected for 940130 (Swivel seats with variable height (office chairs)), 3 times the heaviest plausible',
    );
    const [near] = await hitsOf(CODE, chairs(6_000));
    expect(near).toMatchObject({ points: 15, evidence: { far: false } });
  });
});
