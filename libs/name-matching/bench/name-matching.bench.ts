/**
 * `npm run bench:name-matching [-- sizes...]` (the build of npm run build:bench, run by node): NameIndex build time, search
 * latency (p50/p99 per party lookup) and resident memory on generated watchlists of 1k, 10k, 100k
 * and 1,000,000 entries, and on the real UN consolidated list.
 * Targets: p99 <= 100 µs at 100k, build of 100k < 5 s, RSS < 500 MB at 1M.
 * p50/p99 are single runs of each query; the FastestOf3 figures take each query's fastest of
 * three runs, which removes preemption by other processes on a shared machine.
 * Each list is measured in a child process of its own, so one list's memory does not inflate
 * the next one's RSS; `peakRssMegabytes` includes the generated input entries during the build.
 * `rssMegabytes` is read after the build, settled (a collection and one event-loop turn, see
 * settledMemory in @salw/benchmarking).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_ALERT_THRESHOLD, NameIndex, type NameIndexEntry } from '@salw/name-matching';
import { parseUnConsolidatedListText } from '@salw/watchlists';
import { SeededRandom } from '@salw/synthetic-traffic';
import { collectGarbage, repoRoot, settledMemory, writeBenchReport } from '@salw/benchmarking';

const TARGETS = { p99MicrosAt100k: 100, buildSecondsAt100k: 5, rssMegabytesAt1M: 500 };
const QUERIES = 4000;
const UN_LIST = resolve(repoRoot(), '../shared/data/un-sc/consolidated-2024-09-26.xml');
const SIZES =
  process.argv[2] === '--measure'
    ? []
    : process.argv
        .slice(2)
        .map(Number)
        .filter((n) => n > 0);

class Random extends SeededRandom {
  /** Zipf-like pick: a few items are very common, most are rare, as with real names. */
  skewed<T>(items: readonly T[]): T {
    return items[Math.floor(items.length * this.next() ** 3)];
  }
}

const SYLLABLES =
  'BA BE BI BO BU DA DE DI DO KA KE KI KO KU LA LE LI LO MA ME MI MO MU NA NE NI NO RA RE RI RO SA SE SI SO TA TE TI TO ZA ZI ZO HA HI HU YA YU AL AN AR EL EN ER IN OR UL UN SHA KHA GHA NAS RAH MAD'.split(
    ' ',
  );
const GENERIC = [
  'TRADING',
  'GENERAL',
  'INTERNATIONAL',
  'SHIPPING',
  'LOGISTICS',
  'GLOBAL',
  'INDUSTRIAL',
  'GROUP',
  'HOLDING',
  'KOREA',
  'ASIA',
  'MARINE',
];
const LEGAL = ['LTD', 'LLC', 'CO LTD', 'CORPORATION', 'GMBH', 'SA', 'JSC', 'FZE', ''];

function coinWord(random: Random, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += random.pick(SYLLABLES);
  return w;
}

/**
 * Streams `count` generated entries (the index is built from an iterable, so the bench, like a
 * registry streaming a list from Redis, never holds all of them) and copies every k-th primary
 * name into `sample` for queries. Vocabulary grows with the list, as real lists do, but far
 * slower than the token count; given and family names are Zipf-like.
 */
function* generateEntries(count: number, seed: number, sample: string[]): Generator<NameIndexEntry> {
  const random = new Random(seed);
  const given = Array.from({ length: 2000 }, () => coinWord(random, 2 + random.int(0, 1)));
  const family = Array.from({ length: Math.max(2000, Math.floor(count / 4)) }, () =>
    coinWord(random, 2 + random.int(0, 2)),
  );
  const stride = Math.max(1, Math.floor(count / QUERIES));
  for (let i = 0; i < count; i++) {
    let primary: string;
    if (random.next() < 0.65) {
      const middle = random.next() < 0.5 ? ` ${random.skewed(given)}` : '';
      primary = `${random.skewed(given)}${middle} ${random.skewed(family)}`;
    } else {
      primary = `${random.skewed(family)} ${random.pick(GENERIC)} ${random.pick(LEGAL)}`.trim();
    }
    const names = [primary];
    if (random.next() < 0.4) names.push(primary.split(' ').reverse().join(' '));
    if (i % stride === 0) sample.push(primary);
    yield { entryId: `GEN-${i}`, names, kind: primary.includes(' ') ? 'person' : 'entity' };
  }
}

interface Query {
  readonly text: string;
  /** The listed name the query misspells; absent for names that are not listed. */
  readonly listedName?: string;
}

/** Half listed names with one letter dropped, half unrelated generated names (most real lookups find nothing). */
function generateQueries(listedNames: readonly string[], seed: number): Query[] {
  const random = new Random(seed);
  const queries: Query[] = [];
  for (let i = 0; i < QUERIES; i++) {
    if (i % 2 === 0) {
      const name = random.pick(listedNames);
      const at = 1 + random.int(0, Math.max(0, name.length - 3));
      queries.push({ text: name.slice(0, at) + name.slice(at + 1), listedName: name });
    } else {
      queries.push({
        text: `${coinWord(random, 3)} ${coinWord(random, 2)} ${random.pick(GENERIC)} ${random.pick(LEGAL)}`.trim(),
      });
    }
  }
  return queries;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

interface Row {
  list: string;
  entries: number;
  records: number;
  vocabulary: number;
  buildSeconds: number;
  p50Micros: number;
  p99Micros: number;
  maxMicros: number;
  p50FastestOf3Micros: number;
  p99FastestOf3Micros: number;
  cpuMicrosPerQuery: number;
  hitsPerQuery: number;
  recallOfMisspeltListedNames: number;
  rssMegabytes: number;
  heapMegabytes: number;
  arrayBuffersMegabytes: number;
  peakRssMegabytes: number;
}

async function measure(
  list: string,
  entries: Iterable<NameIndexEntry>,
  listedNames: string[],
  querySeed: number,
): Promise<Row> {
  collectGarbage();
  const start = performance.now();
  const index = NameIndex.build(entries);
  const buildSeconds = (performance.now() - start) / 1000;
  const queries = generateQueries(listedNames, querySeed);
  const memory = await settledMemory();
  for (let i = 0; i < 500; i++) index.search(queries[i % queries.length].text, { limit: 5, minScore: 0.7 });
  const times = new Float64Array(queries.length);
  let hits = 0;
  let misspeltListed = 0;
  let found = 0;
  const cpuBefore = process.cpuUsage();
  queries.forEach((q, i) => {
    const t0 = process.hrtime.bigint();
    const results = index.search(q.text, { limit: 5, minScore: 0.7 });
    times[i] = Number(process.hrtime.bigint() - t0) / 1000;
    hits += results.length;
    if (q.listedName !== undefined) {
      misspeltListed++;
      if (results.some((r) => r.score >= DEFAULT_ALERT_THRESHOLD && r.matchedName === q.listedName)) found++;
    }
  });
  const cpu = process.cpuUsage(cpuBefore);
  // Two more rounds; a query's fastest run is its cost without preemption by other processes.
  const fastest = Float64Array.from(times);
  for (let round = 0; round < 2; round++) {
    queries.forEach((q, i) => {
      const t0 = process.hrtime.bigint();
      index.search(q.text, { limit: 5, minScore: 0.7 });
      fastest[i] = Math.min(fastest[i], Number(process.hrtime.bigint() - t0) / 1000);
    });
  }
  times.sort();
  fastest.sort();
  return {
    list,
    entries: index.entryCount,
    records: index.recordCount,
    vocabulary: index.vocabularySize,
    buildSeconds: round(buildSeconds),
    p50Micros: round(percentile(times, 0.5)),
    p99Micros: round(percentile(times, 0.99)),
    maxMicros: round(times[times.length - 1]),
    p50FastestOf3Micros: round(percentile(fastest, 0.5)),
    p99FastestOf3Micros: round(percentile(fastest, 0.99)),
    cpuMicrosPerQuery: round((cpu.user + cpu.system) / queries.length),
    hitsPerQuery: round(hits / queries.length),
    recallOfMisspeltListedNames: round(found / Math.max(1, misspeltListed)),
    rssMegabytes: round(memory.rss / 2 ** 20),
    heapMegabytes: round(memory.heapUsed / 2 ** 20),
    arrayBuffersMegabytes: round(memory.arrayBuffers / 2 ** 20),
    peakRssMegabytes: round(process.resourceUsage().maxRSS / 1024),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function unListEntries(): NameIndexEntry[] {
  return parseUnConsolidatedListText(readFileSync(UN_LIST, 'utf8'))
    .entries.filter((e) => e.name !== undefined)
    .map((e) => ({
      entryId: e.entryId,
      names: [e.name as string, ...e.aliases.map((a) => a.name)],
      originalScriptNames: e.originalScriptName ? [e.originalScriptName] : [],
      kind: e.partyKind,
    }));
}

const UN_LIST_LABEL = 'UN consolidated 2024-09-26';
const CHILD_FLAG = '--measure';

/** Runs one measurement in a fresh process and returns its row. */
function measureInChild(list: string): Row {
  const child = spawnSync(process.execPath, [...process.execArgv, __filename, CHILD_FLAG, list], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !lastLine.startsWith('{')) {
    throw new Error(`measuring ${list} failed (exit ${child.status}): ${child.stderr.slice(-2000)}`);
  }
  return JSON.parse(lastLine) as Row;
}

async function runChild(list: string): Promise<void> {
  let row: Row;
  if (list === UN_LIST_LABEL) {
    const entries = unListEntries();
    row = await measure(
      list,
      entries,
      entries.map((e) => e.names[0]),
      7,
    );
  } else {
    const size = Number(list);
    const listedNames: string[] = [];
    row = await measure(`generated ${size}`, generateEntries(size, size, listedNames), listedNames, size + 1);
  }
  console.log(JSON.stringify(row));
}

function runAll(): void {
  const rows: Row[] = [];
  if (existsSync(UN_LIST)) {
    rows.push(measureInChild(UN_LIST_LABEL));
  } else {
    console.log(`UN list not found at ${UN_LIST}; measuring generated lists only`);
  }
  for (const size of SIZES.length > 0 ? SIZES : [1_000, 10_000, 100_000, 1_000_000]) {
    rows.push(measureInChild(String(size)));
  }
  if ((globalThis as { gc?: unknown }).gc === undefined) {
    console.log('note: run with --expose-gc for RSS figures taken after garbage collection');
  }
  console.table(rows);
  const at100k = rows.find((r) => r.entries === 100_000);
  const at1M = rows.find((r) => r.entries === 1_000_000);
  const verdict = {
    p99At100k: at100k ? at100k.p99Micros <= TARGETS.p99MicrosAt100k : 'not measured',
    p99FastestOf3At100k: at100k ? at100k.p99FastestOf3Micros <= TARGETS.p99MicrosAt100k : 'not measured',
    buildAt100k: at100k ? at100k.buildSeconds < TARGETS.buildSecondsAt100k : 'not measured',
    rssAt1M: at1M ? at1M.rssMegabytes < TARGETS.rssMegabytesAt1M : 'not measured',
    peakRssAt1M: at1M ? at1M.peakRssMegabytes < TARGETS.rssMegabytesAt1M : 'not measured',
  };
  console.log('targets met:', verdict);
  console.log(
    `wrote ${writeBenchReport('name-matching', { targets: TARGETS, queriesPerList: QUERIES, rows, verdict })}`,
  );
}

if (process.argv[2] === CHILD_FLAG) {
  void runChild(process.argv[3]);
} else {
  runAll();
}
