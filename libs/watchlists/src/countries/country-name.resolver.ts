import {
  COUNTRY_NAME_VARIANTS,
  UN_M49_COUNTRY_NAMES,
  UN_NO_VALUE_PLACEHOLDERS,
} from '../reference/un-country-names';

/** Case, spacing and apostrophe style do not change which country a name means. */
export function countryNameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC`\u00B4]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

const CODE_BY_NAME: ReadonlyMap<string, string> = new Map(
  [...Object.entries(UN_M49_COUNTRY_NAMES), ...Object.entries(COUNTRY_NAME_VARIANTS)].map(([name, code]) => [
    countryNameKey(name),
    code,
  ]),
);

export type CountryNameResolution =
  | { readonly kind: 'mapped'; readonly code: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'unmapped'; readonly name: string };

/**
 * Maps a UN country name to ISO 3166-1 alpha-2. `empty` covers blank text and the
 * UN's "not available" placeholders; `unmapped` is free text the table does not know.
 */
export function resolveCountryName(name: string): CountryNameResolution {
  const key = countryNameKey(name);
  if (key === '' || UN_NO_VALUE_PLACEHOLDERS.has(key)) return { kind: 'empty' };
  const code = CODE_BY_NAME.get(key);
  return code === undefined ? { kind: 'unmapped', name: name.trim() } : { kind: 'mapped', code };
}
