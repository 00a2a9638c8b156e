import { normaliseAddressKey } from './address-key.normaliser';

describe('normaliseAddressKey', () => {
  it('gives the same key for the same address written differently', () => {
    const variants = [
      'Plot 7, Industrial Layout, Kano',
      'PLOT NO. 7 INDUSTRIAL LAYOUT KANO',
      'plot no 7,  Ind. Layout - Kano',
    ];
    expect(new Set(variants.map(normaliseAddressKey))).toEqual(new Set(['PLOT 7 IND LAYOUT KANO']));
  });

  it.each([
    ['12 Dock Road', '12 DOCK RD'],
    ['12 Dock Rd.', '12 DOCK RD'],
    ['4 Palm Close', '4 PALM CL'],
    ['55 Martin Luther King Jr. Boulevard', '55 MARTIN LUTHER KING JR BLVD'],
    ['Flat 3, 1st Floor, Main Street', 'FLAT 3 1ST FL MAIN ST'],
    ['P.O. Box 1234, Lomé', 'POBOX 1234 LOME'],
    ['Post Office Box 99', 'POBOX 99'],
    ['Rue de l’Église & Fils', 'RUE DE L EGLISE AND FILS'],
  ])('normalises %p to %p', (raw, key) => {
    expect(normaliseAddressKey(raw)).toBe(key);
  });

  it('keeps "No" when it is a word rather than a number marker', () => {
    expect(normaliseAddressKey('No Name Street 5')).toBe('NO NAME ST 5');
  });

  it('returns an empty key for text without letters or digits', () => {
    expect(normaliseAddressKey(' ,.- ')).toBe('');
  });
});
