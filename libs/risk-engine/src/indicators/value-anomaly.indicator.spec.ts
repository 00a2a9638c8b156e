import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'VALUE_ANOMALY';
const pistols = (amount: number, currency = 'USD', quantity = 10) =>
  aDeclaration({
    items: [anItem({ hsCode: '930200', description: 'pistols', quantity, value: { amount, currency } })],
  });

describe('VALUE_ANOMALY', () => {
  it('fires on a unit value below the range for the heading, converted to the profile currency', async () => {
    const [hit] = await hitsOf(CODE, pistols(500));
    expect(hit).toMatchObject({
      itemLine: 1,
      evidence: { unitValue: '50', currency: 'USD', heading: '9302' },
    });
    expect(hit?.reason).toBe(
      'line 1 unit value 50 USD is below the 120-8000 USD expected for 9302 (Revolvers and pistols)',
    );
    expect(await hitsOf(CODE, pistols(500, 'EUR'))).toHaveLength(1);
  });

  it('fires on a unit value above the range', async () => {
    const [hit] = await hitsOf(CODE, pistols(200000));
    expect(hit?.reason).toContain('is above');
  });

  it('fires on goods declared at zero value', async () => {
    const [hit] = await hitsOf(
      CODE,
      aDeclaration({ items: [anItem({ value: { amount: 0, currency: 'USD' } })] }),
    );
    expect(hit?.reason).toBe('line 1 is declared at zero value');
  });

  it('stays quiet inside the range, without a range for the heading, and for a currency without a rate', async () => {
    expect(await hitsOf(CODE, pistols(6000))).toEqual([]);
    expect(await hitsOf(CODE, aDeclaration())).toEqual([]);
    expect(await hitsOf(CODE, pistols(500, 'ISK'))).toEqual([]);
  });
});
