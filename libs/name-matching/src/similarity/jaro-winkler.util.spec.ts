import { jaroWinkler } from './jaro-winkler.util';

describe('jaroWinkler', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.9611],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.8133],
    ['ASSOCIATED', 'ASOCIATED', 0.9733],
  ])('rates %s / %s at %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
    expect(jaroWinkler(b, a)).toBeCloseTo(expected, 3);
  });

  it('is 1 for equal strings and 0 with nothing in common or an empty side', () => {
    expect(jaroWinkler('QAIDA', 'QAIDA')).toBe(1);
    expect(jaroWinkler('ABC', 'XYZ')).toBe(0);
    expect(jaroWinkler('', 'ABC')).toBe(0);
  });
});
