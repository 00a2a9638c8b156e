import { PackedStrings } from './packed-strings';

describe('PackedStrings', () => {
  const values = ['national/NAT-1', 'Café Noir SARL', '', 'Ахмед Ибрагим', 'un-sc/QDi.001', 'Café Noir SARL'];
  const packed = (() => {
    const builder = PackedStrings.builder();
    for (const value of values) builder.add(value);
    return builder.build();
  })();

  it('gives back every string as added, Latin-1, empty and other scripts alike', () => {
    expect(packed.size).toBe(values.length);
    expect(values.map((_, i) => packed.get(i))).toEqual(values);
  });

  it('tells whether a string equals the one at a position without confusing neighbours or prefixes', () => {
    expect(packed.equals(0, 'national/NAT-1')).toBe(true);
    expect(packed.equals(0, 'national/NAT-')).toBe(false);
    expect(packed.equals(0, 'national/NAT-1Café')).toBe(false);
    expect(packed.equals(2, '')).toBe(true);
    expect(packed.equals(3, 'Ахмед Ибрагим')).toBe(true);
    expect(packed.equals(3, '')).toBe(false);
  });

  it('holds strings longer than one chunk of the text', () => {
    const long = 'ABCDEFGHIJ'.repeat(2000);
    const builder = PackedStrings.builder();
    builder.add('x');
    builder.add(long);
    builder.add('y');
    const text = builder.build();
    expect([text.get(0), text.get(1), text.get(2)]).toEqual(['x', long, 'y']);
  });
});
