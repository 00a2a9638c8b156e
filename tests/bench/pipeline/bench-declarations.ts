import { generateDeclarations } from '@salw/synthetic-traffic';
import type { PipelineBenchOptions } from './bench-options';
import type { PreparedDeclaration } from './declaration-producer';

export interface BenchDeclarations {
  readonly saturation: readonly PreparedDeclaration[];
  /** One set per offered rate, warm-up first: `rate × (warm-up + measured seconds)` each. */
  readonly perRate: ReadonlyArray<readonly PreparedDeclaration[]>;
  readonly meanBytes: number;
  readonly generateMs: number;
}

const START_AT = '2026-11-02T06:00:00Z';
/** Arrivals one per second on average keep every submission within days of START_AT, in the past of the run. */
const SUBMISSIONS_PER_SECOND = 1;

/**
 * Every declaration the run sends, generated and serialised before anything is timed. One generator
 * call, so every declarationId is distinct: a repeated id would be a replay, which yields no result.
 * Each screener mode reads its own topics, and pass-through keeps no ledger, so both modes send the same set.
 */
export function prepareBenchDeclarations(
  options: PipelineBenchOptions,
  seed = 'bench-pipeline',
): BenchDeclarations {
  const perRateCounts = options.rates.map((rate) => rate * (options.warmupSeconds + options.measureSeconds));
  const total = options.count + perRateCounts.reduce((sum, n) => sum + n, 0);
  const started = performance.now();
  const all: PreparedDeclaration[] = new Array(total);
  const ids = new Set<string>();
  let bytes = 0;
  let index = 0;
  for (const { declaration } of generateDeclarations({
    seed,
    count: total,
    riskyShare: 0.03,
    startAt: START_AT,
    ratePerSecond: SUBMISSIONS_PER_SECOND,
    parties: options.parties,
  })) {
    if (ids.has(declaration.declarationId))
      throw new Error(
        `the generator repeated declarationId ${declaration.declarationId} at ${index}; results would be replays`,
      );
    ids.add(declaration.declarationId);
    const value = Buffer.from(JSON.stringify(declaration), 'utf8');
    bytes += value.length;
    all[index++] = { key: declaration.declarationId, value, headers: { 'content-type': 'application/json' } };
  }
  if (index !== total) throw new Error(`the generator gave ${index} declarations, ${total} were asked for`);
  const perRate: PreparedDeclaration[][] = [];
  let from = options.count;
  for (const n of perRateCounts) {
    perRate.push(all.slice(from, from + n));
    from += n;
  }
  return {
    saturation: all.slice(0, options.count),
    perRate,
    meanBytes: Math.round(bytes / total),
    generateMs: Math.round(performance.now() - started),
  };
}
