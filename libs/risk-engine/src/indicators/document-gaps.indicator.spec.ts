import { aDeclaration, hitsOf } from '../testing/screening.fixture';

const CODE = 'DOCUMENT_GAPS';

describe('DOCUMENT_GAPS', () => {
  it('fires on a commercial import without invoice and packing list, naming what is missing', async () => {
    const [hit] = await hitsOf(CODE, aDeclaration({ documents: [] }));
    expect(hit).toMatchObject({
      reason: 'import consignment has no invoice and no packing list',
      evidence: { missing: ['INVOICE', 'PACKING_LIST'] },
    });
  });

  it('fires when only one of them is missing', async () => {
    const [hit] = await hitsOf(CODE, aDeclaration({ documents: [{ type: 'INVOICE', reference: 'I-1' }] }));
    expect(hit?.evidence.missing).toEqual(['PACKING_LIST']);
  });

  it('stays quiet with both documents, for transit declarations and for postal consignments', async () => {
    expect(await hitsOf(CODE, aDeclaration())).toEqual([]);
    expect(await hitsOf(CODE, aDeclaration({ kind: 'TRANSIT', documents: [] }))).toEqual([]);
    expect(await hitsOf(CODE, aDeclaration({ transport: { mode: 'POSTAL' }, documents: [] }))).toEqual([]);
  });
});
