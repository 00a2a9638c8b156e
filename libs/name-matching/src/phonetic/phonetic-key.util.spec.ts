import { phoneticKey } from './phonetic-key.util';

describe('phoneticKey', () => {
  it.each([
    [['GADDAFI', 'QADHAFI', 'KADAFI', 'GADAFFI', 'QADDAFI'], 'KDF'],
    [['MOHAMMED', 'MUHAMMAD', 'MOHAMED', 'MOHAMMAD'], 'MHMD'],
    [['YUSUF', 'YOUSEF', 'YOUSSEF', 'IOUSOUF'], 'ASF'],
    [['HUSSEIN', 'HUSAYN', 'HUSAIN', 'HOUSSEIN'], 'HSN'],
    [['AHMED', 'AHMAD'], 'AMD'],
    [['OMAR', 'UMAR'], 'AMR'],
  ])('gives %j the same key %s', (spellings, key) => {
    expect(spellings.map(phoneticKey)).toEqual(spellings.map(() => key));
  });

  it('tells MAHMOUD from MOHAMMED (an H before a consonant is silent)', () => {
    expect(phoneticKey('MAHMOUD')).not.toBe(phoneticKey('MOHAMMED'));
  });

  it('has no key for tokens that are not plain A-Z', () => {
    expect(phoneticKey('محمد')).toBe('');
    expect(phoneticKey('A1')).toBe('');
  });
});
