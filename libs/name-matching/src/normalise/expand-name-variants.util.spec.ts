import { expandNameVariants } from './expand-name-variants.util';

describe('expandNameVariants', () => {
  it('returns a plain name unchanged', () => {
    expect(expandNameVariants('GREEN PINE ASSOCIATED CORPORATION')).toEqual([
      'GREEN PINE ASSOCIATED CORPORATION',
    ]);
  });

  it('separates a bracketed acronym from the name', () => {
    expect(expandNameVariants('AFGHAN SUPPORT COMMITTEE (ASC)')).toEqual([
      'AFGHAN SUPPORT COMMITTEE (ASC)',
      'AFGHAN SUPPORT COMMITTEE',
      'ASC',
    ]);
  });

  it('splits names listed with " / " between them', () => {
    expect(expandNameVariants('HARAKAT UL-MUJAHIDIN / HUM')).toEqual([
      'HARAKAT UL-MUJAHIDIN / HUM',
      'HARAKAT UL-MUJAHIDIN',
      'HUM',
    ]);
  });

  it('leaves out a bracketed part that only qualifies the name', () => {
    expect(expandNameVariants('AL-HARAMAYN FOUNDATION (KENYA)', (part) => part === 'KENYA')).toEqual([
      'AL-HARAMAYN FOUNDATION (KENYA)',
      'AL-HARAMAYN FOUNDATION',
    ]);
  });

  it('drops empty and one-character parts', () => {
    expect(expandNameVariants('X ()')).toEqual(['X ()']);
  });
});
