/**
 * Screening throughput on one core: the salw-default profile, the real UN consolidated list plus a
 * national list, declarations of 3 items and 4 parties (one in ten arms-like), name look-ups included:
 * with recurring trader names (as in real traffic, served by the snapshot's name cache) and with every
 * name new (worst case, every look-up searches the index).
 * Run: npx tsx libs/risk-engine/bench/evaluate.bench.ts  (writes reports/bench-risk-engine-evaluate.json)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Declaration } from '@salw/contracts';
import { parseJsonLinesWatchlist, parseUnConsolidatedListText } from '@salw/watchlists';
import { analyseDeclaration, buildSnapshot, createNameIndexMatcher, evaluate, historyKeysFor } from '../src';
import { loadProfileFromDir, SALW_DEFAULT_PROFILE_DIR } from '../src/node';
import { opsPerSecond, writeBenchReport } from '../../../tests/bench/bench-report';

const UN_SAMPLE = resolve(__dirname, '../../../../shared/data/un-sc/consolidated-2024-09-26.xml');
const NOW = new Date('2026-11-29T10:00:01Z');

const ORDINARY = [
  ['610910', 'Cotton T-shirts, men, assorted colours'],
  ['847990', 'Hydraulic press, model HP-200, with spare parts'],
  ['844399', 'Printer ink cartridges HP 305 black'],
  ['731815', 'Hex bolts M16 x 80, zinc plated'],
  ['220421', 'Red wine in oak barrels'],
  ['490210', 'Printed fashion magazines'],
  ['950300', 'Plastic toys for children, playground slide'],
  ['870323', 'Used motor vehicle Toyota Camry 2015'],
  ['392690', 'Trigger sprayer bottles 500 ml'],
];
const ARMS_LIKE = [
  ['847990', 'Machine parts: AR-15 upper receiver and bolt carrier group'],
  ['930200', 'Pistols Glock 17, 9x19'],
  ['732690', 'Steel parts (patrons 7,62x39 ammunition)'],
];

function declaration(i: number): Declaration {
  const pool = i % 10 === 0 ? ARMS_LIKE : ORDINARY;
  const items = [0, 1, 2].map((k) => {
    const [hsCode, description] = pool[(i + k) % pool.length] as [string, string];
    return {
      line: k + 1,
      hsCode,
      description,
      originCountry: 'CN',
      quantity: 10 + k,
      grossMassKg: 120,
      netMassKg: 100,
      value: { amount: 2500 + i, currency: 'USD' },
    };
  });
  return {
    schemaVersion: '1',
    declarationId: `BENCH-${i}`,
    version: 1,
    kind: 'IMPORT',
    submittedAt: '2026-11-29T10:00:00Z',
    parties: {
      declarant: { name: 'Apex Clearing Ltd', id: 'NG12345678' },
      consignor: {
        name: `Shenzhen Bright Hardware Co ${i % 97}`,
        address: { line: '12 Dock Rd', city: 'Shenzhen', country: 'CN' },
      },
      consignee: {
        name: i % 50 === 0 ? 'Green Pine Associated Corp' : `Okafor and Sons Trading ${i % 89}`,
        address: { line: '4 Palm Close', city: 'Lagos', country: 'NG' },
      },
      notify: { name: 'Blue Ocean Lines Agency', address: { country: 'NG' } },
    },
    transport: { mode: 'SEA', meansId: 'IMO9321483', containers: [{ id: 'MSCU1234566' }] },
    route: { origin: 'CN', transit: ['AE'], destination: 'NG' },
    items,
    documents: [{ type: 'INVOICE', reference: 'INV-1' }],
    payment: { method: i % 7 === 0 ? 'CASH' : 'TRANSFER' },
  };
}

const SYLLABLES = [
  'ka',
  'mo',
  'ri',
  'sa',
  'tu',
  'len',
  'dor',
  'vi',
  'na',
  'bek',
  'zu',
  'ho',
  'ram',
  'si',
  'gul',
];
const FORMS = ['Ltd', 'SARL', 'LLC', 'GmbH', 'Trading', 'Logistics', 'Import Export'];

/** Distinct, pronounceable trader names, so the national list does not share one token across all entries. */
function syntheticName(k: number): string {
  const word = (n: number) =>
    [0, 1, 2].map((j) => SYLLABLES[(n * (j + 3) + j * 7) % SYLLABLES.length]).join('');
  const first = word(k);
  return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${word(k * 13 + 5)} ${FORMS[k % FORMS.length]}`;
}

async function main(): Promise<void> {
  const profile = await loadProfileFromDir(SALW_DEFAULT_PROFILE_DIR);
  const un = parseUnConsolidatedListText(readFileSync(UN_SAMPLE, 'utf8'));
  const national = parseJsonLinesWatchlist(
    Array.from({ length: 500 }, (_, k) =>
      JSON.stringify({
        list: 'national',
        entryId: `NAT-${k}`,
        kind: k % 2 ? 'PARTY' : 'ADDRESS',
        name: syntheticName(k),
        value: `Plot ${k}, Industrial Layout, Kano`,
        country: 'NG',
      }),
    ).join('\n'),
  );
  const snapshot = buildSnapshot({ profile, watchlists: [un, national] });
  const declarations = Array.from({ length: 10_000 }, (_, i) => declaration(i));
  let i = 0;
  const next = () => declarations[i++ % declarations.length] as Declaration;

  const full = opsPerSecond(() => evaluate({ snapshot, declaration: next(), now: NOW }), 5);
  // Every party name new: the name cache never helps (worst case; real traffic repeats its traders).
  let fresh = 0;
  const unseen = (): Declaration => {
    const d = declarations[fresh % declarations.length] as Declaration;
    const n = fresh++;
    const rename = (name: string) => `${name} ${syntheticName(n)}`;
    return {
      ...d,
      parties: {
        declarant: { name: rename('Apex Clearing') },
        consignor: { ...d.parties.consignor, name: rename('Bright Hardware') },
        consignee: { ...d.parties.consignee, name: rename('Okafor Sons') },
        notify: { name: rename('Blue Ocean Agency') },
      },
    };
  };
  const uncached = opsPerSecond(() => evaluate({ snapshot, declaration: unseen(), now: NOW }), 3);
  // The same screening with a name matcher that finds nothing: what the engine costs without name search.
  const noNames = buildSnapshot({
    profile,
    watchlists: [un, national],
    createNameMatcher: () => ({ search: () => [] }),
  });
  const withoutNames = opsPerSecond(() => evaluate({ snapshot: noNames, declaration: next(), now: NOW }), 3);
  const analysis = opsPerSecond(() => analyseDeclaration(next(), profile), 2);
  const uncachedNames = createNameIndexMatcher([...snapshot.parties.values()], { cacheSize: 0 });
  const names = opsPerSecond(() => {
    const d = next();
    for (const party of [d.parties.declarant, d.parties.consignor, d.parties.consignee, d.parties.notify])
      uncachedNames.search(party!.name, { limit: 5, minScore: 0.85 });
  }, 2);
  const keys = opsPerSecond(() => historyKeysFor(next(), profile), 1);
  const figures = {
    declarationsPerSecond: Math.round(full),
    declarationsPerSecondAllNamesNew: Math.round(uncached),
    declarationsPerSecondWithoutNameSearch: Math.round(withoutNames),
    itemAnalysisDeclarationsPerSecond: Math.round(analysis),
    uncachedNameSearchesOfFourPartiesPerSecond: Math.round(names),
    historyKeysPerSecond: Math.round(keys),
    watchlistEntries: un.entries.length + national.entries.length,
    itemsPerDeclaration: 3,
    partiesPerDeclaration: 4,
  };
  console.log(figures);
  console.log(`report: ${writeBenchReport('risk-engine-evaluate', figures)}`);
}

void main();
