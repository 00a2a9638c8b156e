import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'CONTROLLED_GOODS';

describe('CONTROLLED_GOODS', () => {
  it.each([
    ['930200', '9302'],
    ['9302000000', '9302'],
    ['930510', '930510'],
    ['930591', '930591'],
    ['930621', '930621'],
    ['930630', '930630'],
    ['930690', '930690'],
    ['930320', '930320'],
    ['930700', '9307'],
    ['901310', '901310'],
  ])('fires on HS %s (heading %s)', async (hsCode, heading) => {
    const [hit] = await hitsOf(
      CODE,
      aDeclaration({ items: [anItem({ hsCode, description: 'as declared' })] }),
    );
    expect(hit).toMatchObject({ itemLine: 1, evidence: { field: 'items[0].hsCode', heading } });
    expect(hit?.reason).toContain(`HS ${hsCode}`);
  });

  it.each(['610910', '847990', '901320', '930800'])('stays quiet on HS %s', async (hsCode) => {
    expect(await hitsOf(CODE, aDeclaration({ items: [anItem({ hsCode })] }))).toEqual([]);
  });

  it('gives one hit per controlled line, with its line number', async () => {
    const hits = await hitsOf(
      CODE,
      aDeclaration({
        items: [
          anItem({ line: 1 }),
          anItem({ line: 2, hsCode: '930200' }),
          anItem({ line: 3, hsCode: '930630' }),
        ],
      }),
    );
    expect(hits.map((h) => h.itemLine)).toEqual([2, 3]);
  });
});
