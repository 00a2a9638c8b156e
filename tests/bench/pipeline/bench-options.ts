import { SCREENER_MODES } from '../../../apps/screener/src/config/screener.config';

export type ScreenerMode = (typeof SCREENER_MODES)[number];

export interface PipelineBenchOptions {
  /** Declarations preloaded for the saturation phase. */
  readonly count: number;
  readonly rates: readonly number[];
  readonly warmupSeconds: number;
  readonly measureSeconds: number;
  readonly modes: readonly ScreenerMode[];
  /** SCREENER_PARTITIONS_CONCURRENTLY for the child; the screener's default when absent. */
  readonly partitionsConcurrently?: number;
  /** Profile the screener during the saturation phase and the 2,000/s phase. */
  readonly cpuProfile: boolean;
  /** Extra environment for the screener child, `NAME=value`. */
  readonly screenerEnv: Readonly<Record<string, string>>;
  /** Extra `--import` preloads for the screener child (experiments), repo-relative. */
  readonly screenerImports: readonly string[];
  /**
   * Size of the pool of ordinary trading companies the generator draws from; absent = every party new
   * (the worst case for the name index, whose cache then never hits).
   */
  readonly parties?: number;
  /** Report name suffix: `reports/bench-pipeline-<label>.json`; the plain name without it. */
  readonly label?: string;
}

export const USAGE = `usage: npm run bench:pipeline -- [--count N] [--rates 500,2000,5000|none] [--warmup-s S] [--measure-s S]
       [--modes screen,pass-through] [--partitions-concurrently N] [--parties N] [--cpu-profile]
       [--screener-env NAME=value ...] [--screener-import PATH ...] [--label NAME]`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseBenchOptions(argv: readonly string[]): PipelineBenchOptions {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const name = arg.slice(2);
    if (name === 'cpu-profile') {
      flags.add(name);
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const known = [
    'parties',
    'count',
    'rates',
    'warmup-s',
    'measure-s',
    'modes',
    'partitions-concurrently',
    'screener-env',
    'screener-import',
    'label',
  ];
  for (const name of values.keys())
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);

  const one = (name: string) => values.get(name)?.at(-1);
  const positive = (name: string, fallback: number, max: number) => {
    const raw = one(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new UsageError(`--${name} must be an integer from 1 to ${max}, got "${raw}"`);
    return value;
  };
  const ratesOption = one('rates') ?? '500,2000,5000';
  const rates = (ratesOption === 'none' ? [] : ratesOption.split(',')).map((raw) => {
    const rate = Number(raw);
    if (!Number.isInteger(rate) || rate < 1 || rate > 50_000)
      throw new UsageError(`--rates takes integers from 1 to 50000, got "${raw}"`);
    return rate;
  });
  const modes = (one('modes') ?? SCREENER_MODES.join(',')).split(',').map((raw) => {
    if (!(SCREENER_MODES as readonly string[]).includes(raw))
      throw new UsageError(`--modes takes ${SCREENER_MODES.join(', ')}, got "${raw}"`);
    return raw as ScreenerMode;
  });
  const screenerEnv: Record<string, string> = {};
  for (const pair of values.get('screener-env') ?? []) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair);
    if (!match) throw new UsageError(`--screener-env takes NAME=value, got "${pair}"`);
    screenerEnv[match[1]] = match[2];
  }
  const label = one('label');
  if (label !== undefined && !/^[a-z0-9-]{1,40}$/.test(label))
    throw new UsageError(`--label takes 1-40 of a-z 0-9 -, got "${label}"`);
  return {
    count: positive('count', 50_000, 1_000_000),
    rates,
    warmupSeconds: positive('warmup-s', 5, 120),
    measureSeconds: positive('measure-s', 20, 300),
    modes,
    partitionsConcurrently:
      one('partitions-concurrently') === undefined ? undefined : positive('partitions-concurrently', 3, 64),
    cpuProfile: flags.has('cpu-profile'),
    screenerEnv,
    screenerImports: values.get('screener-import') ?? [],
    parties: one('parties') === undefined ? undefined : positive('parties', 1, 10_000_000),
    label,
  };
}
