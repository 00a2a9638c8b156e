import { aDeclaration, hitsOf } from '../testing/screening.fixture';

describe('CASH_PAYMENT', () => {
  it('fires on cash payment', async () => {
    const [hit] = await hitsOf('CASH_PAYMENT', aDeclaration({ payment: { method: 'CASH' } }));
    expect(hit).toMatchObject({
      reason: 'payment declared as cash',
      evidence: { field: 'payment.method', method: 'CASH' },
    });
  });

  it.each(['TRANSFER', 'CARD', 'CREDIT', 'OTHER'] as const)('stays quiet on %s', async (method) => {
    expect(await hitsOf('CASH_PAYMENT', aDeclaration({ payment: { method } }))).toEqual([]);
  });

  it('stays quiet when no payment is declared', async () => {
    expect(await hitsOf('CASH_PAYMENT', aDeclaration({ payment: undefined }))).toEqual([]);
  });
});
