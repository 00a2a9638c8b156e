import type { NationalEntryRecord } from '../data/reference-data';

/** docs/contracts.md 5.2: one JSON object a line, keys in the documented order. */
export function writeNationalJsonLines(entries: readonly NationalEntryRecord[]): string {
  return entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n';
}

const CSV_COLUMNS = [
  'list',
  'entryId',
  'kind',
  'name',
  'aliases',
  'value',
  'country',
  'reason',
  'points',
  'listedOn',
  'expiresOn',
] as const;

/** docs/contracts.md 5.3: the JSON Lines keys as columns, aliases joined by `|`, RFC 4180 quoting. */
export function writeNationalCsv(entries: readonly NationalEntryRecord[]): string {
  const rows = entries.map((entry) =>
    CSV_COLUMNS.map((column) => {
      const value = entry[column];
      if (value === undefined || value === null) return '';
      return csvField(Array.isArray(value) ? value.join('|') : String(value));
    }).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}

function csvField(text: string): string {
  return /[",\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}
