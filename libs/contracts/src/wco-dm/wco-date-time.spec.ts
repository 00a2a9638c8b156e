import { parseWcoDate, parseWcoDateTime } from './wco-date-time';

describe('parseWcoDateTime (formatCode 304)', () => {
  it.each([
    ['20170810093030Z', '2017-08-10T09:30:30Z'],
    ['20171001010000+01', '2017-10-01T01:00:00+01:00'],
    ['20261129103000+0530', '2026-11-29T10:30:00+05:30'],
    ['20261129103000-05', '2026-11-29T10:30:00-05:00'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseWcoDateTime(input, '304')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['20261129103000', '304'],
    ['20260230103000Z', '304'],
    ['20261129253000Z', '304'],
    ['20261129103000+15', '304'],
    ['2026-11-29T10:30:00Z', '304'],
    ['20261129103000Z', '102'],
  ])('refuses %s with formatCode %s', (input, formatCode) => {
    expect(parseWcoDateTime(input, formatCode).ok).toBe(false);
  });
});

describe('parseWcoDate (formatCode 102)', () => {
  it('reads 20280630 as 2028-06-30', () => {
    expect(parseWcoDate('20280630', '102')).toEqual({ ok: true, value: '2028-06-30' });
  });

  it('refuses a date that does not exist', () => {
    expect(parseWcoDate('20270229', '102').ok).toBe(false);
  });
});
