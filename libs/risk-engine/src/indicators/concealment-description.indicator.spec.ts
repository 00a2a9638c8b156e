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

  describe('judged against the declared heading', () => {
    it.each([
      ['Plush toys, teddy bears', '950300'],
      ['Toy cars, die-cast, 1:64 scale', '950300'],
      ['Welded carbon steel pipes, galvanised, 2 inch, 6 m lengths', '730630'],
      ['PVC pipes, 110 mm, pressure class 10', '391723'],
      ['Brake pads, spare parts for passenger cars', '870830'],
      ['Parts of machines of heading 8479: hydraulic press platens', '847990'],
      ['Used car, Toyota Corolla 2014, petrol 1.8 L', '870323'],
      ['Gift boxes, folding cardboard, printed', '481920'],
      ['Perfume gift sets, eau de toilette 100 ml with body lotion', '330300'],
      ['Plastic toys, building blocks, 500 pieces', '950300'],
      ['Exhaust pipes, stainless, for light trucks', '870892'],
      ['Toothpaste in tubes, 100 ml', '330610'],
    ])('a specific description that fits its heading is no cover: "%s" under %s', async (description, hs) => {
      expect(await hitsOf(CODE, withItem(description, hs))).toEqual([]);
    });

    it('bare "toys" under the toys heading is vague, and says so', async () => {
      const [hit] = await hitsOf(CODE, withItem('Toys', '950300'));
      expect(hit?.reason).toBe(
        "line 1 description is a cover wording: 'Toys', vague: it names no specific goods",
      );
      expect(hit?.evidence).toMatchObject({ verdicts: ['vague'], specificWords: [] });
    });

    it.each([
      ['Assorted toys for children', '950300'],
      ['Spare parts for generator', '850300'],
      ['Spare parts for machinery', '847990'],
      ['Machine parts, assorted, for maintenance', '847990'],
      ['Steel pipes', '730630'],
      ['Pipes, steel', '730630'],
    ])('vague wording is a cover under any heading: "%s" under %s', async (description, hs) => {
      const [hit] = await hitsOf(CODE, withItem(description, hs));
      expect(hit?.evidence.verdicts).toEqual(['vague']);
    });

    it('a specific description under a heading its wording does not fit is a cover, naming the heading', async () => {
      const [hit] = await hitsOf(CODE, withItem('Plush toys, teddy bears', '847990'));
      expect(hit?.reason).toBe(
        "line 1 description is a cover wording: 'toys', it does not fit the declared heading (HS 847990)",
      );
      expect(hit?.evidence.specificWords).toEqual(['Plush', 'teddy', 'bears']);
    });

    it('arms wording beside a cover word does not fit a non-arms heading, even the toys heading', async () => {
      const [hit] = await hitsOf(
        CODE,
        withItem('Toys - replica AK-47 rifles, metal, functioning bolt', '950300'),
      );
      expect(hit?.evidence.verdicts).toEqual(['arms-wording']);
    });

    it('wording that names no goods is a cover however specific the rest', async () => {
      const [hit] = await hitsOf(
        CODE,
        withItem('Personal effects: clothing, books, kitchenware, used', '990500'),
      );
      expect(hit?.evidence.verdicts).toEqual(['names-no-goods']);
      expect(hit?.evidence.matched).toEqual(['Personal effects']);
    });
  });

  it('stays quiet on a controlled item: it is declared for what it is', async () => {
    expect(await hitsOf(CODE, withItem('spare parts', '930599'))).toEqual([]);
  });
});
