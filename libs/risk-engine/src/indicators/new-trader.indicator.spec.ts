import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'NEW_TRADER';
const armsLike = aDeclaration({ items: [anItem({ hsCode: '930630', description: 'cartridges' })] });
const seen = (key: string, declarationId = 'OLD-1') => ({
  firstSeen: { [key]: { at: '2026-01-01T00:00:00Z', declarationId } },
  recentArmsLike: {},
});

describe('NEW_TRADER', () => {
  it('fires for consignee and consignor never seen before, with controlled goods', async () => {
    const hits = await hitsOf(CODE, armsLike);
    expect(hits.map((h) => h.party).sort()).toEqual(['consignee', 'consignor']);
    expect(hits.find((h) => h.party === 'consignee')?.reason).toBe(
      "first consignment seen from consignee 'Lagos Apparel Stores Ltd', carrying arms-like goods",
    );
  });

  it('stays quiet for a trader seen before under any of its keys', async () => {
    const hits = await hitsOf(CODE, armsLike, {
      history: seen('consignee:name:NG:lagos apparel stores ltd'),
    });
    expect(hits.map((h) => h.party)).toEqual(['consignor']);
  });

  it('still treats the trader as new when the only sighting is this same declaration (replay)', async () => {
    const hits = await hitsOf(CODE, armsLike, {
      history: seen('consignee:id:NG87654321', armsLike.declarationId),
    });
    expect(hits.map((h) => h.party).sort()).toEqual(['consignee', 'consignor']);
  });

  it('stays quiet for ordinary goods', async () => {
    expect(await hitsOf(CODE, aDeclaration())).toEqual([]);
  });
});
