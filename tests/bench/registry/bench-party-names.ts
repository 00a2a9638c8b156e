const FIRST = [
  'Amber',
  'Baltic',
  'Cobalt',
  'Delta',
  'Eagle',
  'Falcon',
  'Granite',
  'Harbor',
  'Indigo',
  'Juniper',
  'Kestrel',
  'Lotus',
  'Meridian',
  'Nordic',
  'Orion',
  'Pioneer',
  'Quartz',
  'Raven',
  'Sahel',
  'Tidewater',
];
const SECOND = [
  'Arms',
  'Logistics',
  'Trading',
  'Shipping',
  'Industrial',
  'Supply',
  'Freight',
  'Holdings',
  'Ventures',
  'Tactical',
  'Marine',
  'Engineering',
  'Import Export',
  'General Trading',
  'Resources',
];
const FORMS = ['LLC', 'Ltd', 'SARL', 'FZE', 'GmbH', 'SA', 'JSC', 'Co', 'PLC', 'Group'];
export const BENCH_COUNTRIES = ['NG', 'GH', 'TG', 'AE', 'TR', 'PA', 'CN', 'US', 'FR', 'LB'];

/**
 * The name of national-list bench entry `i` of `count`: distinct, realistic-looking company names;
 * with `variant` > 0, one entry in every hundredth place is renamed (100 changed entries per version).
 */
export function benchPartyName(i: number, count: number, variant: number): string {
  const renamed = variant > 0 && i % Math.floor(count / 100) === 0;
  return `${FIRST[i % 20]} ${FIRST[Math.floor(i / 20) % 20]} ${SECOND[Math.floor(i / 400) % 15]} ${i}${renamed ? ` V${variant}` : ''} ${FORMS[i % 10]}`;
}
