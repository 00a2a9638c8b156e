import { writeFileSync } from 'node:fs';

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
const COUNTRIES = ['NG', 'GH', 'TG', 'AE', 'TR', 'PA', 'CN', 'US', 'FR', 'LB'];

/**
 * The name of national-list bench entry `i` of `count`: distinct, realistic-looking company names;
 * with `variant` > 0, one entry in every hundredth place is renamed (100 changed entries per version).
 */
function benchPartyName(i: number, count: number, variant: number): string {
  const renamed = variant > 0 && i % Math.floor(count / 100) === 0;
  return `${FIRST[i % 20]} ${FIRST[Math.floor(i / 20) % 20]} ${SECOND[Math.floor(i / 400) % 15]} ${i}${renamed ? ` V${variant}` : ''} ${FORMS[i % 10]}`;
}

/** Writes a national list of `count` PARTY entries (JSON Lines) to `path`; `variant` renames 100 of them. */
export function writeBenchNationalList(path: string, count: number, variant: number): void {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(
      JSON.stringify({
        list: 'bench',
        entryId: `BENCH-${i}`,
        kind: 'PARTY',
        name: benchPartyName(i, count, variant),
        aliases: [],
        country: COUNTRIES[i % 10],
        reason: 'benchmark entry',
        points: 40,
        listedOn: '2026-11-01',
        expiresOn: null,
      }),
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}
