import { normaliseName } from '../normalise/normalise-name.util';
import { PLACE_WORDS } from './place-words.data';

describe('PLACE_WORDS (country names and nationalities, matched as generic words)', () => {
  it('holds each word once, written as the normaliser writes it', () => {
    expect(new Set(PLACE_WORDS).size).toBe(PLACE_WORDS.length);
    expect(PLACE_WORDS.filter((word) => normaliseName(word).tokens.join(' ') !== word)).toEqual([]);
  });

  it.each(['JORDAN', 'CHAD', 'GEORGIA', 'ISRAEL', 'SOLOMON', 'LEONE', 'NAM', 'OMAN', 'TRINIDAD'])(
    'leaves out %s, which is also a personal name and must keep its weight in a listed name',
    (word) => expect(PLACE_WORDS).not.toContain(word),
  );
});
