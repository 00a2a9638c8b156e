/**
 * Screening throughput and name look-up cost on one core, at several watchlist sizes:
 * the salw-default profile, the full real UN consolidated list plus N generated national PARTY
 * entries (N = 1k, 10k, 100k, 1M by default), 3-item declarations with 4 parties from
 * `generateDeclarations` (declarant, consignor, consignee and carrier, all screened by
 * SANCTIONED_PARTY). Each size runs in a child process of its own, so one size's memory does not
 * inflate the next one's RSS.
 *
 * Figures per size (throughput and latency are medians of ROUNDS rounds):
 * - declarations/s with every party name new (the name cache never helps: the worst case, measured
 *   with the snapshot's name cache switched off, over the same index), with recurring trader names
 *   (a replayed batch, every name already in the snapshot's cache), and on generated traffic as it
 *   comes (the generator's own traders, which recur as they do at a border, through a snapshot
 *   cache that starts empty each round; the share of first sightings is reported with it);
 * - name look-up p50/p99 per party, uncached (new names through the snapshot's matcher), and how many
 *   of 1,000 new names match some entry at the profile's minimum similarity;
 * - index build time (the snapshot's name matcher) and the whole buildSnapshot time;
 * - RSS while screening: after the timed rounds, with the parsed lists dropped as the screener drops
 *   what it read from Redis; also the RSS after the build, its difference to the RSS with only the
 *   parsed lists, and the peak RSS, reached while building (what a container's memory limit must
 *   allow). Each RSS but the peak is read after a full collection and one turn of the event loop
 *   (settledMemory), when V8 has given the freed pages back, as it has in a screener between batches.
 *
 * The list and the traffic come from different name builders, as in reality: list entries from the
 * trade-name generator (coined words of many naming cultures), traffic party names from the
 * synthetic-traffic company and person builders (generic trade words, places, brands, local names).
 * Drawing both from one generator would make far more traffic names resemble listed ones than real
 * traffic does, and would measure the expensive path (full scoring) far too often.
 *
 * Targets (issue): >= 20,000 declarations/s, p99 <= 100 µs per party and index build < 5 s at 100k,
 * RSS < 500 MB at 1M.
 * Run: npm run bench:engine [-- sizes...]   (writes reports/bench-risk-engine-evaluate.json)
 *
 * It measures the engine as the screener runs it: compiled by `npm run build` (tsc) and run by plain
 * node, not through tsx. Through tsx the same code ran ~10-20% slower and the process held ~140 MB
 * more at 1M entries (tsx's loader and its transformed sources), which no deployed screener carries.
 * Node runs with its default heap settings: the engine's own footprint. The screener is deployed with
 * `--max-semi-space-size=64` (a larger young generation, fewer scavenges); with that flag the same
 * bench ran ~6% faster and held ~100 MB more at 1M entries (495-521 MB in three runs of 2026-12-07).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Declaration } from '@salw/contracts';
import { generateDeclarations, SeededRandom, TrafficContext } from '@salw/synthetic-traffic';
import { parseUnConsolidatedListText } from '@salw/watchlists';
import {
  buildSnapshot,
  evaluateWithObservation,
  type PartyNameMatcher,
  type WatchlistEntrySource,
  type WatchlistFileSource,
} from '../src';
import { buildPartyNameIndex, nameIndexMatcher } from '../src/snapshot/name-index-matcher';
import { loadProfileFromDir, readProfileDocument, SALW_DEFAULT_PROFILE_DIR } from '../src/node';
import { repoRoot, settledMemory, writeBenchReport } from '@salw/benchmarking';
import { TradeNameGenerator } from './trade-name.generator';

const UN_LIST = resolve(repoRoot(), '../shared/data/un-sc/consolidated-2024-09-26.xml');
const DEFAULT_SIZES = [1_000, 10_000, 100_000, 1_000_000];
const TARGETS = {
  declarationsPerSecond: 20_000,
  lookupP99Micros: 100,
  buildSecondsAt100k: 5,
  rssMegabytesAt1M: 500,
};
const CHILD_FLAG = '--measure';
const NOW = new Date('2026-11-29T10:00:01Z');
const ROUNDS = 3;
/** Declarations per timed round with all-new names (4 new names each). */
const NEW_NAME_DECLARATIONS = 25_000;
/** Declarations of generated traffic per timed round: about 27% of its party names are first sightings. */
const TRAFFIC_DECLARATIONS = 30_000;
/** The recurring-trader batch: small enough that all its names stay in the snapshot's name cache. */
const RECURRING_DECLARATIONS = 2_000;
const RECURRING_PASSES = 10;
const LOOKUPS_PER_ROUND = 20_000;
/** The parties of every generated declaration: the 4 parties the figure is for. */
const ROLES = ['declarant', 'consignor', 'consignee', 'carrier'] as const;
const NO_ENTRIES: readonly never[] = Object.freeze([]);

interface Row {
  nationalEntries: number;
  watchlistParties: number;
  declarationsPerSecondAllNamesNew: number;
  declarationsPerSecondRecurringNames: number;
  declarationsPerSecondGeneratedTraffic: number;
  /** Distinct party names / parties in one round of generated traffic: the names searched, not cached. */
  generatedTrafficNewNameShare: number;
  lookupP50Micros: number;
  lookupP99Micros: number;
  lookupMaxMicros: number;
  lookupHitsPer1000: number;
  indexBuildSeconds: number;
  snapshotBuildSeconds: number;
  /** While screening: after the timed rounds, settled (what a running screener holds). */
  rssMegabytes: number;
  heapMegabytes: number;
  /** After the build, with the parsed lists dropped, settled. */
  rssAfterBuildMegabytes: number;
  /** RSS after the build minus RSS with only the parsed lists (negative: the snapshot is smaller than its lists). */
  snapshotRssMegabytes: number;
  /** The highest RSS of the run, reached while building: what a container limit must allow. */
  peakRssMegabytes: number;
}

function megabytes(bytes: number): number {
  return round(bytes / 2 ** 20);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * A string as a parser makes it: one flat string. The generator builds names by concatenation, and V8
 * keeps such strings as trees of their pieces, which would make the snapshot look bigger than one
 * built from a file or from Redis.
 */
function parsed(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** `count` national PARTY entries in the shape the watchlists library produces. */
function nationalList(count: number): WatchlistFileSource {
  const names = new TradeNameGenerator(`national-${count}`);
  const entries: WatchlistEntrySource[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const party = names.party();
    entries[k] = {
      list: 'national',
      entryId: `NAT-${k}`,
      kind: 'PARTY',
      name: parsed(party.name),
      aliases:
        party.aliases.length === 0 ? NO_ENTRIES : party.aliases.map((name) => ({ name: parsed(name) })),
      country: party.country,
      partyKind: party.kind,
      points: 40,
      countries: NO_ENTRIES,
      documents: NO_ENTRIES,
    };
  }
  return { list: 'national', version: `bench-${count}`, entries };
}

/**
 * Trader names as the synthetic-traffic builders make them (companies four times in five, persons
 * otherwise), in the countries the base traffic trades with. The builders know some 40,000 distinct
 * names, fewer than the rounds need, so names may repeat: "new" is ensured by searching without the
 * name cache, not by the names.
 */
class TrafficNames {
  private readonly context: TrafficContext;

  constructor(
    seed: string,
    private readonly countries: readonly string[],
  ) {
    this.context = new TrafficContext(new SeededRandom(seed), '0000');
  }

  next(): string {
    const { random, parties } = this.context;
    const country = random.pick(this.countries);
    return random.chance(0.8) ? parties.company(country).name : parties.person(country).name;
  }
}

/** Ordinary traffic (3 items each) with exactly the 4 parties of ROLES. */
function baseDeclarations(count: number, seed = 'engine-bench'): Declaration[] {
  const declarations = [...generateDeclarations({ seed, count, itemsPerDeclaration: [3, 3] })].map(
    (l) => l.declaration,
  );
  for (const d of declarations) {
    const roles = Object.keys(d.parties).filter((role) => d.parties[role as keyof typeof d.parties]);
    if (roles.length !== ROLES.length || !ROLES.every((role) => d.parties[role] !== undefined))
      throw new Error(
        `declaration ${d.declarationId} has parties ${roles.join(', ')}, not ${ROLES.join(', ')}`,
      );
  }
  return declarations;
}

/** Distinct party names / parties over the declarations. */
function newNameShare(declarations: readonly Declaration[]): number {
  const names = new Set<string>();
  let parties = 0;
  for (const d of declarations) {
    for (const role of ROLES) {
      const name = d.parties[role]?.name;
      if (name === undefined) continue;
      names.add(name);
      parties++;
    }
  }
  return round(names.size / parties);
}

/** Address countries of the traffic's parties, sorted (the generator's own country mix). */
function tradingCountries(declarations: readonly Declaration[]): string[] {
  const countries = new Set<string>();
  for (const d of declarations) {
    for (const role of ROLES) {
      const country = d.parties[role]?.address?.country;
      if (country !== undefined) countries.add(country);
    }
  }
  return [...countries].sort();
}

/** The same declarations with every party renamed to a newly drawn traffic name. */
function withNewNames(base: readonly Declaration[], count: number, names: TrafficNames): Declaration[] {
  return Array.from({ length: count }, (_, i) => {
    const d = base[i % base.length] as Declaration;
    const parties = { ...d.parties };
    for (const role of ROLES) {
      const party = parties[role];
      if (party !== undefined) parties[role] = { ...party, name: names.next() };
    }
    return { ...d, parties };
  });
}

function declarationsPerSecond(
  snapshot: ReturnType<typeof buildSnapshot>,
  declarations: readonly Declaration[],
  passes = 1,
): number {
  const start = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const declaration of declarations) evaluateWithObservation({ snapshot, declaration, now: NOW });
  }
  return (declarations.length * passes) / ((performance.now() - start) / 1000);
}

async function measure(size: number): Promise<Row> {
  const profile = await loadProfileFromDir(SALW_DEFAULT_PROFILE_DIR);
  const document = (await readProfileDocument(resolve(SALW_DEFAULT_PROFILE_DIR, 'profile.json'))) as {
    indicators: { SANCTIONED_PARTY: { params: { candidates: number; reviewThreshold: number } } };
  };
  const { candidates, reviewThreshold } = document.indicators.SANCTIONED_PARTY.params;
  const searchOptions = { limit: candidates, minScore: reviewThreshold };
  // Held in a box and dropped after the build, as the screener drops the lists it read from Redis:
  // the RSS below is what a screener keeps while it screens.
  let lists: WatchlistFileSource[] | undefined = [
    parseUnConsolidatedListText(readFileSync(UN_LIST, 'utf8')),
    nationalList(size),
  ];
  const rssBefore = (await settledMemory()).rss;

  let indexBuildSeconds = 0;
  // The snapshot's matcher, switchable between the snapshot's name cache and none (over one index).
  let active: PartyNameMatcher | undefined;
  let cached: PartyNameMatcher | undefined;
  let uncached: PartyNameMatcher | undefined;
  let nameIndex: ReturnType<typeof buildPartyNameIndex> | undefined;
  const snapshotStart = performance.now();
  const snapshot = buildSnapshot({
    profile,
    watchlists: lists,
    createNameMatcher: (parties, keys) => {
      const start = performance.now();
      const index = buildPartyNameIndex(parties, keys);
      indexBuildSeconds = (performance.now() - start) / 1000;
      nameIndex = index;
      cached = nameIndexMatcher(index);
      uncached = nameIndexMatcher(index, { cacheSize: 0 });
      active = cached;
      return { search: (name, options) => (active as PartyNameMatcher).search(name, options) };
    },
  });
  if (cached === undefined || uncached === undefined || nameIndex === undefined)
    throw new Error('buildSnapshot did not build the party name matcher');
  const lookupMatcher: PartyNameMatcher = uncached;
  const snapshotBuildSeconds = (performance.now() - snapshotStart) / 1000;
  lists = undefined;
  const memory = await settledMemory();

  const base = baseDeclarations(RECURRING_DECLARATIONS);
  const names = new TrafficNames(`traffic-${size}`, tradingCountries(base));
  // Warm-up on names of its own, so the timed rounds start with a JIT-compiled engine.
  active = uncached;
  declarationsPerSecond(snapshot, withNewNames(base, 2_000, names));

  const newNameRates: number[] = [];
  const recurringRates: number[] = [];
  const p50s: number[] = [];
  const p99s: number[] = [];
  let lookupMax = 0;
  let hits = 0;
  for (let r = 0; r < ROUNDS; r++) {
    active = uncached;
    newNameRates.push(declarationsPerSecond(snapshot, withNewNames(base, NEW_NAME_DECLARATIONS, names)));
    active = cached;
    declarationsPerSecond(snapshot, base);
    recurringRates.push(declarationsPerSecond(snapshot, base, RECURRING_PASSES));

    const lookups = Array.from({ length: LOOKUPS_PER_ROUND }, () => names.next());
    const times = new Float64Array(lookups.length);
    lookups.forEach((name, i) => {
      const t0 = process.hrtime.bigint();
      hits += lookupMatcher.search(name, searchOptions).length > 0 ? 1 : 0;
      times[i] = Number(process.hrtime.bigint() - t0) / 1000;
    });
    times.sort();
    p50s.push(times[Math.floor(times.length * 0.5)] as number);
    p99s.push(times[Math.floor(times.length * 0.99)] as number);
    lookupMax = Math.max(lookupMax, times[times.length - 1] as number);
  }
  const screening = await settledMemory();
  const peakRss = process.resourceUsage().maxRSS * 1024;

  // Generated traffic last: its declarations are garbage the memory figures above should not see.
  const traffic = baseDeclarations(TRAFFIC_DECLARATIONS, `engine-bench-traffic-${size}`);
  const trafficRates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // A cache as a new snapshot starts with: empty, the snapshot's default size.
    active = nameIndexMatcher(nameIndex);
    trafficRates.push(declarationsPerSecond(snapshot, traffic));
  }
  return {
    nationalEntries: size,
    watchlistParties: snapshot.parties.size,
    declarationsPerSecondAllNamesNew: Math.round(median(newNameRates)),
    declarationsPerSecondRecurringNames: Math.round(median(recurringRates)),
    declarationsPerSecondGeneratedTraffic: Math.round(median(trafficRates)),
    generatedTrafficNewNameShare: newNameShare(traffic),
    lookupP50Micros: round(median(p50s)),
    lookupP99Micros: round(median(p99s)),
    lookupMaxMicros: round(lookupMax),
    lookupHitsPer1000: round((hits * 1000) / (ROUNDS * LOOKUPS_PER_ROUND)),
    indexBuildSeconds: round(indexBuildSeconds),
    snapshotBuildSeconds: round(snapshotBuildSeconds),
    rssMegabytes: megabytes(screening.rss),
    heapMegabytes: megabytes(screening.heapUsed),
    rssAfterBuildMegabytes: megabytes(memory.rss),
    snapshotRssMegabytes: megabytes(memory.rss - rssBefore),
    peakRssMegabytes: megabytes(peakRss),
  };
}

function measureInChild(size: number): Row {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', ...process.execArgv, __filename, CHILD_FLAG, String(size)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !lastLine.startsWith('{')) {
    throw new Error(
      `measuring ${size} national entries failed (exit ${child.status}): ${child.stderr.slice(-2000)}`,
    );
  }
  return JSON.parse(lastLine) as Row;
}

function runAll(sizes: readonly number[]): void {
  if (!existsSync(UN_LIST)) throw new Error(`the UN consolidated list is not at ${UN_LIST}`);
  const loadBefore = loadavg();
  const rows: Row[] = [];
  for (const size of sizes) {
    const row = measureInChild(size);
    console.log(JSON.stringify(row));
    rows.push(row);
  }
  console.table(rows);
  const at100k = rows.find((r) => r.nationalEntries === 100_000);
  const at1M = rows.find((r) => r.nationalEntries === 1_000_000);
  const verdict = {
    declarationsPerSecondAllNamesNewAt100k: at100k
      ? at100k.declarationsPerSecondAllNamesNew >= TARGETS.declarationsPerSecond
      : 'not measured',
    lookupP99At100k: at100k ? at100k.lookupP99Micros <= TARGETS.lookupP99Micros : 'not measured',
    buildAt100k: at100k ? at100k.indexBuildSeconds < TARGETS.buildSecondsAt100k : 'not measured',
    rssAt1M: at1M ? at1M.rssMegabytes < TARGETS.rssMegabytesAt1M : 'not measured',
  };
  const load = {
    loadAverageBefore: loadBefore.map(round),
    loadAverageAfter: loadavg().map(round),
    cores: cpus().length,
  };
  console.log('targets met:', verdict);
  console.log('machine load:', load);
  console.log(
    `report: ${writeBenchReport('risk-engine-evaluate', { targets: TARGETS, rounds: ROUNDS, rows, verdict, load })}`,
  );
}

if (process.argv[2] === CHILD_FLAG) {
  measure(Number(process.argv[3])).then(
    (row) => console.log(JSON.stringify(row)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  runAll(sizes.length > 0 ? sizes : DEFAULT_SIZES);
}
