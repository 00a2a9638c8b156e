import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'NEW_TRADER';
const armsLike = aDeclaration({ items: [anItem({ hsCode: '930630', description: 'cartridges' })] });
const licensed = aDeclaration({
  items: [anItem({ hsCode: '930630', description: 'cartridges' })],
  documents: [
    { type: 'INVOICE', reference: 'INV-1' },
    { type: 'PACKING_LIST', reference: 'PL-1' },
    { type: 'IMPORT_LICENCE', reference: 'NG-IL-7', issuer: 'NG', validUntil: '2027-06-30' },
  ],
});
const seen = (key: string, declarationId = 'OLD-1') => ({
  firstSeen: { [key]: { at: '2026-01-01T00:00:00Z', declarationId } },
  recentArmsLike: {},
});

describe('NEW_TRADER', () => {
  it('fires once per declaration when consignee and consignor are both new, naming both', async () => {
    const hits = await hitsOf(CODE, armsLike);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      party: 'consignee',
      points: 10,
      evidence: { newRoles: ['consignee', 'consignor'], licensed: false },
    });
    expect(hits[0]?.reason).toBe(
      "first consignment seen from consignee 'Lagos Apparel Stores Ltd' and consignor 'Textil Norte Lda', carrying arms-like goods",
    );
  });

  it('names only the new party when the other one was seen before under any of its keys', async () => {
    const hits = await hitsOf(CODE, armsLike, {
      history: seen('consignee:name:NG:lagos apparel stores ltd'),
    });
    expect(hits.map((h) => h.party)).toEqual(['consignor']);
    expect(hits[0]?.reason).toBe(
      "first consignment seen from consignor 'Textil Norte Lda', carrying arms-like goods",
    );
  });

  it('still treats the trader as new when the only sighting is this same declaration (replay)', async () => {
    const hits = await hitsOf(CODE, armsLike, {
      history: seen('consignee:id:NG87654321', armsLike.declarationId),
    });
    expect(hits.map((h) => h.evidence.newRoles)).toEqual([['consignee', 'consignor']]);
  });

  it('weighs less on licensed chapter 93 trade, whose traders a licensing authority has vetted', async () => {
    const [hit] = await hitsOf(CODE, licensed);
    expect(hit).toMatchObject({ points: 5, evidence: { licensed: true } });
    expect(hit?.reason).toContain('carrying licensed arms');
  });

  it('keeps full points when the licence has expired', async () => {
    const expired = {
      ...licensed,
      documents: [
        { type: 'IMPORT_LICENCE' as const, reference: 'NG-IL-7', issuer: 'NG', validUntil: '2026-01-31' },
      ],
    };
    expect((await hitsOf(CODE, expired))[0]?.points).toBe(10);
  });

  it('stays quiet for ordinary goods', async () => {
    expect(await hitsOf(CODE, aDeclaration())).toEqual([]);
  });
});
