import { ISO_3166_ALPHA2 } from '@salw/contracts/reference/iso-3166-alpha2';
import { COUNTRY_NAME_VARIANTS, UN_M49_COUNTRY_NAMES } from '../reference/un-country-names';
import { resolveCountryName } from './country-name.resolver';

describe('resolveCountryName', () => {
  it.each([
    ["Democratic People's Republic of Korea", 'KP'],
    ['Democratic People’s Republic of Korea', 'KP'],
    ['China, Hong Kong Special Administrative Region', 'HK'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Syrian Arab Republic', 'SY'],
    ['Russian Federation', 'RU'],
    ['United Republic of Tanzania', 'TZ'],
    ['Bolivia (Plurinational State of)', 'BO'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ["Côte d'Ivoire", 'CI'],
    ['State of Palestine', 'PS'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GB'],
    ['Viet Nam', 'VN'],
    ['Netherlands', 'NL'],
    ['  democratic republic of the   congo ', 'CD'],
  ])('maps %p to %s', (name, code) => {
    expect(resolveCountryName(name)).toEqual({ kind: 'mapped', code });
  });

  it('treats blank text and the UN "na" placeholder as no country', () => {
    expect(resolveCountryName('  ')).toEqual({ kind: 'empty' });
    expect(resolveCountryName('na')).toEqual({ kind: 'empty' });
  });

  it('reports free text it cannot map, trimmed', () => {
    expect(resolveCountryName(' former Soviet Union ')).toEqual({
      kind: 'unmapped',
      name: 'former Soviet Union',
    });
  });
});

describe('the UN country table', () => {
  const m49Codes = Object.values(UN_M49_COUNTRY_NAMES);

  it('maps only to assigned ISO 3166-1 alpha-2 codes', () => {
    const unknown = [...m49Codes, ...Object.values(COUNTRY_NAME_VARIANTS)].filter(
      (code) => !ISO_3166_ALPHA2.has(code),
    );
    expect(unknown).toEqual([]);
  });

  it('names every ISO 3166-1 country once (XK is user-assigned and has no UN name)', () => {
    const missing = [...ISO_3166_ALPHA2].filter((code) => code !== 'XK' && !m49Codes.includes(code));
    const repeated = m49Codes.filter((code, index) => m49Codes.indexOf(code) !== index);
    expect({ missing, repeated }).toEqual({ missing: [], repeated: [] });
  });
});
