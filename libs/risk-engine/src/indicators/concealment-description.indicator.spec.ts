import { hitsOf, withItem } from '../testing/screening.fixture';

const CODE = 'CONCEALMENT_DESCRIPTION';

describe('CONCEALMENT_DESCRIPTION', () => {
  it.each([
    ['machine parts', 'machine parts'],
    ['Spare parts for generator', 'Spare parts'],
    ['steel parts, assorted', 'steel parts'],
    ['Gift', 'Gift'],
    ['personal effects', 'personal effects'],
    ['household goods and furniture', 'household goods'],
    ['Used vehicle with contents', 'Used vehicle with contents'],
    ['toys', 'toys'],
    ['steel pipes', 'steel pipes'],
    ['pièces détachées', 'pièces détachées'],
    ['efectos personales', 'efectos personales'],
    ['efeitos pessoais', 'efeitos pessoais'],
    ['запчасти', 'запчасти'],
    ['личные вещи', 'личные вещи'],
    ['قطع غيار', 'قطع غيار'],
  ])('fires on "%s"', async (description, quoted) => {
    const [hit] = await hitsOf(CODE, withItem(description, '848790'));
    expect(hit).toMatchObject({
      itemLine: 1,
      evidence: { field: 'items[0].description', matched: [quoted] },
    });
  });

  it.each([
    'Cotton T-shirts',
    'Frozen chicken legs',
    'Laptop computers, 14 inch',
    'Hydraulic pump model HP-200',
  ])('stays quiet on "%s"', async (description) => {
    expect(await hitsOf(CODE, withItem(description, '848790'))).toEqual([]);
  });

  it('stays quiet on a controlled item: it is declared for what it is', async () => {
    expect(await hitsOf(CODE, withItem('spare parts', '930599'))).toEqual([]);
  });
});
