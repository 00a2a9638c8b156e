/**
 * A/B screening throughput of two builds of the engine in one process: this build and a baseline
 * build (another commit's `npm run build:bench` output), over the same snapshot inputs (the real UN
 * list plus N generated national entries) and the same declarations, every party name new (the name
 * cache switched off, as in bench:engine's worst case). Rounds alternate A,B / B,A, and each round's
 * figure is declarations per second of CPU time (process.cpuUsage), not of wall time: on a machine
 * shared with other work, wall time measures the neighbours as much as the code. The report gives the
 * median of each side and the median of the per-round ratios.
 *
 * Run (baseline from commit REV):
 *   git worktree add /tmp/engine-base REV && ln -s "$PWD/node_modules" /tmp/engine-base/node_modules
 *   (cd /tmp/engine-base && npm run -s build:bench)
 *   npm run -s build:bench && node dist/libs/risk-engine/bench/evaluate-ab.bench.js /tmp/engine-base/dist [entries] [rounds]
 * Writes reports/bench-risk-engine-evaluate-ab.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Declaration } from '@salw/contracts';
import { repoRoot, writeBenchReport } from '@salw/benchmarking';

const UN_LIST = resolve(repoRoot(), '../shared/data/un-sc/consolidated-2024-09-26.xml');
const NOW = new Date('2026-11-29T10:00:01Z');
const ROLES = ['declarant', 'consignor', 'consignee', 'carrier'] as const;
const DECLARATIONS_PER_ROUND = 4_000;
const TRAFFIC_COUNTRIES = ['US', 'DE', 'FR', 'GB', 'TR', 'AE', 'IN', 'VN', 'NG', 'JP', 'KR', 'BR'];

/** The parts of one build the bench drives, loaded from that build's own files. */
interface Build {
  readonly label: string;
  readonly screen: (declaration: Declaration) => void;
  readonly declarations: readonly Declaration[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- two builds' modules, typed by neither */
async function load(label: string, dist: string, entries: number, unText: string): Promise<Build> {
  const engine: any = await import(resolve(dist, 'libs/risk-engine/src/index.js'));
  const node: any = await import(resolve(dist, 'libs/risk-engine/src/node/index.js'));
  const matcher: any = await import(resolve(dist, 'libs/risk-engine/src/snapshot/name-index-matcher.js'));
  const generator: any = await import(resolve(dist, 'libs/risk-engine/bench/trade-name.generator.js'));
  const traffic: any = await import(resolve(dist, 'libs/synthetic-traffic/src/index.js'));
  const watchlists: any = await import(resolve(dist, 'libs/watchlists/src/index.js'));

  const profile = await node.loadProfileFromDir(node.SALW_DEFAULT_PROFILE_DIR);
  const names = new generator.TradeNameGenerator(`national-${entries}`);
  const national = Array.from({ length: entries }, (_, k) => {
    const party = names.party();
    return {
      list: 'national',
      entryId: `NAT-${k}`,
      kind: 'PARTY',
      name: party.name,
      aliases: party.aliases.map((name: string) => ({ name })),
      country: party.country,
      partyKind: party.kind,
      points: 40,
      countries: [],
      documents: [],
    };
  });
  const un = watchlists.parseUnConsolidatedListText(unText);
  const built = engine.buildSnapshot({
    profile,
    watchlists: [un, { list: 'national', version: 'ab', entries: national }],
  });
  const parties = [...un.entries, ...national].filter((e: { kind: string }) => e.kind === 'PARTY');
  const snapshot = {
    ...built,
    partyNames: matcher.nameIndexMatcher(matcher.buildPartyNameIndex(parties), { cacheSize: 0 }),
  };

  const base: Declaration[] = [
    ...traffic.generateDeclarations({ seed: 'engine-bench', count: 2_000, itemsPerDeclaration: [3, 3] }),
  ].map((l: { declaration: Declaration }) => l.declaration);
  const context = new traffic.TrafficContext(new traffic.SeededRandom('engine-ab-names'), '0000');
  const declarations = Array.from({ length: DECLARATIONS_PER_ROUND }, (_, i) => {
    const d = base[i % base.length] as Declaration;
    const renamed: Record<string, unknown> = { ...d.parties };
    for (const role of ROLES) {
      const party = d.parties[role];
      if (party === undefined) continue;
      const country = context.random.pick(TRAFFIC_COUNTRIES);
      const name = context.random.chance(0.8)
        ? context.parties.company(country).name
        : context.parties.person(country).name;
      renamed[role] = { ...party, name };
    }
    return { ...d, parties: renamed } as Declaration;
  });
  return {
    label,
    declarations,
    screen: (declaration) => engine.evaluateWithObservation({ snapshot, declaration, now: NOW }),
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Declarations per second of this process' CPU time over one pass of the build's declarations. */
function cpuRate(build: Build): number {
  const before = process.cpuUsage();
  for (const declaration of build.declarations) build.screen(declaration);
  const used = process.cpuUsage(before);
  return build.declarations.length / ((used.user + used.system) / 1e6);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main(): Promise<void> {
  const [baselineDist, entriesArg, roundsArg] = process.argv.slice(2);
  if (baselineDist === undefined)
    throw new Error('usage: evaluate-ab.bench.js BASELINE_DIST [entries] [rounds]');
  const entries = Number(entriesArg ?? 100_000);
  const rounds = Number(roundsArg ?? 11);
  const unText = readFileSync(UN_LIST, 'utf8');
  const a = await load('baseline', resolve(baselineDist), entries, unText);
  const b = await load('this build', resolve(__dirname, '../../..'), entries, unText);
  cpuRate(a);
  cpuRate(b);
  const rates: Record<string, number[]> = { baseline: [], current: [] };
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const [first, second] = round % 2 === 0 ? [a, b] : [b, a];
    const firstRate = cpuRate(first);
    const secondRate = cpuRate(second);
    const [baseRate, currentRate] = first === a ? [firstRate, secondRate] : [secondRate, firstRate];
    rates['baseline']!.push(Math.round(baseRate));
    rates['current']!.push(Math.round(currentRate));
    ratios.push(currentRate / baseRate);
  }
  const figures = {
    entries,
    rounds,
    declarationsPerRound: DECLARATIONS_PER_ROUND,
    baselineCpuDeclarationsPerSecond: median(rates['baseline']!),
    currentCpuDeclarationsPerSecond: median(rates['current']!),
    medianChangePercent: Math.round((median(ratios) - 1) * 1000) / 10,
    perRound: rates,
  };
  console.log(figures);
  console.log(`report: ${writeBenchReport('risk-engine-evaluate-ab', figures)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
