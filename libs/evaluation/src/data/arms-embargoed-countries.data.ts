/**
 * Countries under a UN, EU or national arms embargo or a political arms-sale declaration, as the
 * evaluation itself knows them (not read from the profile under test). Used only to lay name probes
 * on lanes that carry no embargo at all, so that a probe's result is the name's doing.
 */
export const ARMS_EMBARGOED_COUNTRIES: ReadonlySet<string> = new Set([
  'KP',
  'LY',
  'SS',
  'SO',
  'CD',
  'CF',
  'SD',
  'YE',
  'HT',
  'LB',
  'IQ',
  'IR',
  'BY',
  'MM',
  'RU',
  'VE',
  'ZW',
  'CN',
  'AF',
  'ML',
  'SY',
]);
