import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { DEFAULT_ALERT_THRESHOLD, NameIndex, type NameIndexEntry } from '@salw/risk-engine/name-matching';
import { SeededRandom, TrafficContext } from '@salw/synthetic-traffic';
import { parseUnConsolidatedListText, type WatchlistEntry } from '@salw/watchlists';
import {
  generateNameVariant,
  type ListedNames,
  type NameVariant,
  type VariantKind,
} from './support/name-variant.generator';
import { genericTradeNames } from './support/generic-trade-names';

const UN_LIST = path.resolve(__dirname, '../../../../shared/data/un-sc/consolidated-2024-09-26.xml');
const VARIANT_KINDS: readonly VariantKind[] = [
  'typo',
  'reordered',
  'surname-comma-first',
  'legal-form-changed',
  'alias',
  'alias-with-typo',
  'reordered-with-typo',
  'phonetic-spelling',
  'original-script',
  'case-and-punctuation',
];
const VARIANTS_WANTED = 500;
const REQUIRED_RECALL = 0.95;
/** The listed entry must be among this many best results, at or above the alert threshold. */
const TOP_RESULTS = 5;
/** Ordinary trader names screened against the list, and the share of them allowed to alert. */
const TRADER_NAMES = 5_000;
const MAX_TRADER_ALERT_SHARE = 0.01;

interface Probe {
  readonly entryId: string;
  readonly listedName: string;
  readonly variant: NameVariant;
}

const describeWithList = existsSync(UN_LIST) ? describe : describe.skip;
if (!existsSync(UN_LIST)) {
  console.log(`un-list-recall.spec: skipped, the UN consolidated list is not at ${UN_LIST}`);
}

describeWithList('name matching against the real UN consolidated list (2024-09-26)', () => {
  let entries: readonly WatchlistEntry[];
  let index: NameIndex;

  beforeAll(() => {
    entries = parseUnConsolidatedListText(readFileSync(UN_LIST, 'utf8')).entries.filter(
      (e) => e.name !== undefined,
    );
    index = NameIndex.build(entries.map(toIndexEntry));
  });

  it(`finds at least ${REQUIRED_RECALL * 100}% of ${VARIANTS_WANTED} generated spellings of listed names at the alert threshold`, () => {
    const probes = generateProbes(entries, new SeededRandom(20240926));
    expect(probes.length).toBeGreaterThanOrEqual(VARIANTS_WANTED);

    const misses: Array<Probe & { best: string }> = [];
    const byKind = new Map<VariantKind, { found: number; total: number }>();
    for (const probe of probes) {
      const results = index.search(probe.variant.text, { limit: TOP_RESULTS });
      const hit = results.find((r) => r.entryId === probe.entryId && r.score >= DEFAULT_ALERT_THRESHOLD);
      const tally = byKind.get(probe.variant.kind) ?? { found: 0, total: 0 };
      tally.total++;
      if (hit !== undefined) {
        tally.found++;
      } else {
        const own = results.find((r) => r.entryId === probe.entryId);
        misses.push({
          ...probe,
          best: own
            ? `own score ${own.score}`
            : `not in top ${TOP_RESULTS}; best ${results[0]?.entryId ?? '-'} ${results[0]?.score ?? ''}`,
        });
      }
      byKind.set(probe.variant.kind, tally);
    }
    const recall = (probes.length - misses.length) / probes.length;
    console.log(
      [
        `UN list recall at threshold ${DEFAULT_ALERT_THRESHOLD}: ${(recall * 100).toFixed(1)}% of ${probes.length} variants`,
        ...[...byKind].map(([kind, t]) => `  ${kind.padEnd(22)} ${t.found}/${t.total}`),
        'worst misses:',
        ...misses
          .slice(0, 12)
          .map(
            (m) =>
              `  ${m.variant.kind.padEnd(22)} "${m.variant.text}" for ${m.entryId} "${m.listedName}" (${m.best})`,
          ),
      ].join('\n'),
    );
    expect({
      recall: recall >= REQUIRED_RECALL,
      misses: misses.slice(0, 10).map((m) => m.variant.text),
    }).toEqual({
      recall: true,
      misses: expect.any(Array),
    });
  });

  it('raises no alert for 200+ generic trade names (Korea Shipping Company, Global Trading LLC, ...)', () => {
    const names = genericTradeNames();
    expect(names.length).toBeGreaterThanOrEqual(200);
    const falseMatches = names
      .map((name) => ({ name, best: index.search(name, { limit: 1 })[0] }))
      .filter((m) => m.best !== undefined)
      .sort((a, b) => b.best.score - a.best.score);
    const alerts = falseMatches.filter((m) => m.best.score >= DEFAULT_ALERT_THRESHOLD);
    console.log(
      [
        `generic trade names: ${alerts.length} of ${names.length} at or above ${DEFAULT_ALERT_THRESHOLD}; highest scores:`,
        ...falseMatches
          .slice(0, 8)
          .map(
            (m) => `  ${m.best.score.toFixed(3)} "${m.name}" -> ${m.best.entryId} "${m.best.matchedName}"`,
          ),
      ].join('\n'),
    );
    expect(alerts.map((m) => `${m.name} -> ${m.best.matchedName} (${m.best.score})`)).toEqual([]);
  });

  it(`alerts on at most ${MAX_TRADER_ALERT_SHARE * 100}% of ${TRADER_NAMES} ordinary trader names (persons and companies of many countries)`, () => {
    const context = new TrafficContext(new SeededRandom('un-list-trader-names'), '0000');
    const countries = [
      'US',
      'DE',
      'FR',
      'GB',
      'IT',
      'ES',
      'NL',
      'TR',
      'AE',
      'EG',
      'SA',
      'IN',
      'VN',
      'BR',
      'NG',
      'KE',
      'MY',
      'ID',
      'JP',
      'BD',
    ];
    const alerts: string[] = [];
    for (let k = 0; k < TRADER_NAMES; k++) {
      const country = context.random.pick(countries);
      const name = context.random.chance(0.8)
        ? context.parties.company(country).name
        : context.parties.person(country).name;
      const best = index.search(name, { limit: 1, minScore: DEFAULT_ALERT_THRESHOLD })[0];
      if (best !== undefined) alerts.push(`${name} -> ${best.matchedName} (${best.score})`);
    }
    console.log(
      [
        `ordinary trader names: ${alerts.length} of ${TRADER_NAMES} alert; first ones:`,
        ...alerts.slice(0, 8),
      ].join('\n  '),
    );
    expect({
      alertShare: alerts.length / TRADER_NAMES,
      withinLimit: alerts.length / TRADER_NAMES <= MAX_TRADER_ALERT_SHARE,
      alerts,
    }).toMatchObject({ withinLimit: true });
  });
});

function toIndexEntry(entry: WatchlistEntry): NameIndexEntry {
  return {
    entryId: entry.entryId,
    names: [entry.name as string, ...entry.aliases.map((a) => a.name)],
    originalScriptNames: entry.originalScriptName ? [entry.originalScriptName] : [],
    kind: entry.partyKind,
    countries: entry.countries,
  };
}

/** Walks the list with a seeded generator, one variant kind after another, until enough variants exist. */
function generateProbes(entries: readonly WatchlistEntry[], random: SeededRandom): Probe[] {
  const probes: Probe[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; probes.length < VARIANTS_WANTED && attempt < VARIANTS_WANTED * 20; attempt++) {
    const entry = random.pick(entries);
    const names: ListedNames = {
      primary: entry.name as string,
      aliases: entry.aliases.map((a) => a.name).filter((a) => a.trim().length > 0),
      originalScript: entry.originalScriptName,
      isOrganisation: entry.partyKind === 'ORGANISATION',
    };
    const variant = generateNameVariant(names, VARIANT_KINDS[attempt % VARIANT_KINDS.length], random);
    if (variant === undefined || seen.has(`${entry.entryId}|${variant.text}`)) {
      continue;
    }
    seen.add(`${entry.entryId}|${variant.text}`);
    probes.push({ entryId: entry.entryId, listedName: names.primary, variant });
  }
  return probes;
}
