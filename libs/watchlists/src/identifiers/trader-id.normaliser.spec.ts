import { normaliseTraderId } from './trader-id.normaliser';

describe('normaliseTraderId', () => {
  it.each([
    ['NG99887766', 'NG99887766'],
    ['ng 9988-7766', 'NG99887766'],
    ['SCAC:BOLU', 'SCACBOLU'],
    ['GB 123.456.789/000', 'GB123456789000'],
    ['ＮＧ９９８８７７６６', 'NG99887766'],
  ])('reduces %p to %p', (raw, key) => {
    expect(normaliseTraderId(raw)).toBe(key);
  });

  it('keeps letters of any script, since national ids may not be Latin', () => {
    expect(normaliseTraderId('ИНН 7701-234567')).toBe('ИНН7701234567');
  });
});
