import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { normaliseContainerNumber, normaliseImoNumber } from '@salw/watchlists';

/** Deterministic pseudo-random numbers (mulberry32), so every run imports the same list. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'sa',
  'hel',
  'ka',
  'no',
  'tra',
  'de',
  'lo',
  'gis',
  'mar',
  'ine',
  'al',
  'nur',
  'ba',
  'ko',
  'ri',
  'vo',
];
const SUFFIXES = ['Logistics SARL', 'Trading Ltd', 'Import Export JSC', 'Shipping Co', 'General Trading LLC'];
const COUNTRIES = ['NG', 'ML', 'GH', 'TG', 'AE', 'TR', 'CN', 'PA', 'LB', 'SD'];
const OWNERS = ['TGH', 'CSQ', 'MSC', 'MAE', 'CMA', 'HLX'];

/** One national entry in the JSON Lines key order of docs/contracts.md 5.2. */
export interface GeneratedEntry {
  readonly list: string;
  readonly entryId: string;
  readonly kind: 'PARTY' | 'CONTAINER' | 'VESSEL' | 'IDENTIFIER';
  readonly name?: string;
  readonly aliases?: readonly string[];
  readonly country?: string;
  readonly reason: string;
  readonly points?: number;
  readonly value?: string;
}

function* entries(count: number, seed: number): Generator<GeneratedEntry> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const word = () => {
    const text = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
    return text[0]?.toUpperCase() + text.slice(1);
  };
  for (let n = 1; n <= count; n++) {
    const entryId = `NAT-${String(n).padStart(7, '0')}`;
    const roll = next();
    if (roll < 0.8) {
      const name = `${word()} ${word()} ${pick(SUFFIXES)}`;
      const aliases = Array.from({ length: Math.floor(next() * 3) }, () => `${word()} ${pick(SUFFIXES)}`);
      yield {
        list: 'national',
        entryId,
        kind: 'PARTY',
        name,
        ...(aliases.length ? { aliases } : {}),
        country: pick(COUNTRIES),
        reason: 'known SALW broker, seen in two seizures',
        points: 20 + Math.floor(next() * 60),
      };
    } else if (roll < 0.9) {
      let value = '';
      do {
        const stem = `${pick(OWNERS)}U${String(Math.floor(next() * 1e6)).padStart(6, '0')}`;
        const digit = normaliseContainerNumber(`${stem}0`).expectedCheckDigit ?? 10;
        if (digit < 10) value = `${stem}${digit}`;
      } while (value === '');
      yield { list: 'national', entryId, kind: 'CONTAINER', value, reason: 'previous seizure' };
    } else if (roll < 0.95) {
      const stem = String(1_000_000 + Math.floor(next() * 8_999_999)).slice(0, 6);
      const digit = normaliseImoNumber(`IMO${stem}0`).expectedCheckDigit ?? 0;
      yield {
        list: 'national',
        entryId,
        kind: 'VESSEL',
        value: `IMO${stem}${digit}`,
        reason: 'AIS dark activity',
      };
    } else {
      yield {
        list: 'national',
        entryId,
        kind: 'IDENTIFIER',
        value: `${pick(COUNTRIES)}${String(Math.floor(next() * 1e8)).padStart(8, '0')}`,
        reason: 'revoked importer',
      };
    }
  }
}

const CSV_COLUMNS = [
  'list',
  'entryId',
  'kind',
  'name',
  'aliases',
  'country',
  'reason',
  'points',
  'value',
] as const;

function csvCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join('|') : value === undefined ? '' : String(value);
  return /[",\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** Writes `count` entries as JSON Lines or CSV (the same entries for the same seed), with backpressure. */
export async function writeNationalList(
  path: string,
  format: 'jsonl' | 'csv',
  count: number,
  seed = 14,
): Promise<void> {
  const out = createWriteStream(path);
  let batch: string[] = format === 'csv' ? [CSV_COLUMNS.join(',')] : [];
  const flush = async () => {
    if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
    batch = [];
  };
  for (const entry of entries(count, seed)) {
    batch.push(
      format === 'jsonl'
        ? JSON.stringify(entry)
        : CSV_COLUMNS.map((column) => csvCell((entry as unknown as Record<string, unknown>)[column])).join(
            ',',
          ),
    );
    if (batch.length === 10_000) await flush();
  }
  if (batch.length > 0) await flush();
  out.end();
  await once(out, 'finish');
}
