/**
 * What exemptions cost the engine: screening throughput (declarations per second of CPU time) of the
 * same declarations against the same snapshot with no exemptions, with 10,000 exemptions none of
 * which applies (the usual case: a declaration's hits are looked up and not found), and with those
 * plus exemptions that cover hits of the traffic (every hit of three indicators on the traffic's lanes,
 * and a false-match exemption of every listed entry a party of the traffic matches). Rounds rotate
 * the order; each figure is the median over rounds. The snapshot is the real UN list plus the
 * project's sample national list; the traffic is 4,000 generated 3-item declarations.
 *
 * Run: npm run bench:exemptions [-- rounds]   (writes reports/bench-risk-engine-exemptions.json)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Declaration } from '@salw/contracts';
import { repoRoot, writeBenchReport } from '@salw/benchmarking';
import { generateDeclarations } from '@salw/synthetic-traffic';
import { parseJsonLinesWatchlist, parseUnConsolidatedListText } from '@salw/watchlists';
import {
  buildSnapshot,
  compileExemptions,
  evaluate,
  type CompiledExemptions,
  type Exemption,
  type ScreeningSnapshot,
} from '../src';
import { loadProfileFromDir, SALW_DEFAULT_PROFILE_DIR } from '../src/node';

const UN_LIST = resolve(repoRoot(), '../shared/data/un-sc/consolidated-2024-09-26.xml');
const NATIONAL = resolve(repoRoot(), 'deploy/samples/national-watchlist.jsonl');
const NOW = new Date('2026-11-29T10:00:01Z');
const COUNT = 4_000;
const BASE = {
  author: 'bench',
  reason: 'benchmark exemption, not a finding',
  createdAt: '2026-01-01T00:00:00Z',
  expiresAt: '2026-12-31T00:00:00Z',
};
const INDICATORS = [
  'VALUE_ANOMALY',
  'MASS_ANOMALY',
  'DOCUMENT_GAPS',
  'CONCEALMENT_DESCRIPTION',
  'NEW_TRADER',
];

/** Exemptions that match nothing in the traffic: other entries, other ids, other lanes. */
function unrelated(count: number): Exemption[] {
  return Array.from({ length: count }, (_, k): Exemption =>
    k % 2 === 0
      ? {
          ...BASE,
          id: `exm-${k + 1}`,
          kind: 'PARTY_NOT_LISTED',
          party: { id: `ZZ${100000 + k}` },
          entry: { list: 'un-sc', entryId: `QDi.${k}` },
        }
      : {
          ...BASE,
          id: `exm-${k + 1}`,
          kind: 'INDICATOR',
          indicator: INDICATORS[k % INDICATORS.length] as string,
          subject: { hsHeading: String(1000 + (k % 8000)).padStart(4, '0') },
          lane: { office: `ZZ${k}` },
        },
  );
}

/** Exemptions covering the traffic's hits: three indicators per destination and heading, and each party match. */
function covering(
  snapshot: ScreeningSnapshot,
  declarations: readonly Declaration[],
  from: number,
): Exemption[] {
  const out: Exemption[] = [];
  const lanes = new Set<string>();
  for (const d of declarations)
    for (const item of d.items) lanes.add(`${d.route.destination}|${item.hsCode.slice(0, 4)}`);
  for (const lane of lanes) {
    const [destination, heading] = lane.split('|') as [string, string];
    for (const indicator of ['DOCUMENT_GAPS', 'VALUE_ANOMALY', 'CONCEALMENT_DESCRIPTION'])
      out.push({
        ...BASE,
        id: `exm-${from + out.length}`,
        kind: 'INDICATOR',
        indicator,
        subject: { hsHeading: heading },
        lane: { destination },
      });
  }
  for (const declaration of declarations)
    for (const hit of evaluate({ snapshot, declaration, now: NOW }).hits)
      if (hit.indicator === 'SANCTIONED_PARTY' && hit.party !== undefined) {
        const party = declaration.parties[hit.party];
        out.push({
          ...BASE,
          id: `exm-${from + out.length}`,
          kind: 'PARTY_NOT_LISTED',
          party: { name: party?.name ?? '', role: hit.party },
          entry: { list: String(hit.evidence.list), entryId: String(hit.evidence.entryId) },
        });
      }
  return out;
}

function cpuRate(
  snapshot: ScreeningSnapshot,
  declarations: readonly Declaration[],
  exemptions: CompiledExemptions,
) {
  let exempted = 0;
  const before = process.cpuUsage();
  for (const declaration of declarations)
    for (const hit of evaluate({ snapshot, declaration, now: NOW, exemptions }).hits)
      if (hit.evidence.exempted === true) exempted++;
  const used = process.cpuUsage(before);
  return { rate: declarations.length / ((used.user + used.system) / 1e6), exempted };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 7);
  const profile = await loadProfileFromDir(SALW_DEFAULT_PROFILE_DIR);
  const snapshot = buildSnapshot({
    profile,
    watchlists: [
      parseUnConsolidatedListText(readFileSync(UN_LIST, 'utf8')),
      parseJsonLinesWatchlist(readFileSync(NATIONAL, 'utf8')),
    ],
  });
  const declarations = [
    ...generateDeclarations({ seed: 'exemptions-bench', count: COUNT, itemsPerDeclaration: [3, 3] }),
  ].map((l) => l.declaration);
  const none = compileExemptions([]);
  const tenThousand = unrelated(10_000);
  const applying = covering(snapshot, declarations, tenThousand.length + 1);
  const conditions: [string, CompiledExemptions][] = [
    ['none', none],
    ['10k-unrelated', compileExemptions(tenThousand)],
    [`10k-unrelated+${applying.length}-applying`, compileExemptions([...tenThousand, ...applying])],
  ];
  for (const [, set] of conditions) cpuRate(snapshot, declarations, set); // warm-up
  const rates = new Map<string, number[]>(conditions.map(([label]) => [label, []]));
  const exemptedHits = new Map<string, number>();
  for (let round = 0; round < rounds; round++)
    for (let i = 0; i < conditions.length; i++) {
      const [label, set] = conditions[(i + round) % conditions.length] as [string, CompiledExemptions];
      const { rate, exempted } = cpuRate(snapshot, declarations, set);
      rates.get(label)?.push(Math.round(rate));
      exemptedHits.set(label, exempted);
    }
  const noneRate = median(rates.get('none') ?? []);
  const figures = {
    declarations: COUNT,
    rounds,
    conditions: conditions.map(([label, set]) => {
      const rate = median(rates.get(label) ?? []);
      return {
        label,
        exemptions: set.size,
        exemptedHitsPerPass: exemptedHits.get(label),
        cpuDeclarationsPerSecond: rate,
        changePercent: Math.round((rate / noneRate - 1) * 1000) / 10,
      };
    }),
  };
  console.log(JSON.stringify(figures, null, 2));
  console.log(`report: ${writeBenchReport('risk-engine-exemptions', figures)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
