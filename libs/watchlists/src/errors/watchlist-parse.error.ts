import type { WatchlistFormat } from '../model/watchlist-file.model';

/** One reason a watchlist file was refused. */
export interface WatchlistProblem {
  readonly line?: number;
  readonly column?: number;
  /** XML element path (`/CONSOLIDATED_LIST/ENTITIES/ENTITY[3]/ENTITY_ALIAS`) for XML sources. */
  readonly path?: string;
  /** Field or column name for JSON Lines and CSV sources. */
  readonly field?: string;
  readonly message: string;
}

export const MAX_REPORTED_PROBLEMS = 50;

export function formatWatchlistProblem(problem: WatchlistProblem): string {
  const where: string[] = [];
  if (problem.line !== undefined) {
    where.push(
      problem.column !== undefined
        ? `line ${problem.line}, column ${problem.column}`
        : `line ${problem.line}`,
    );
  }
  if (problem.path !== undefined) where.push(problem.path);
  if (problem.field !== undefined) where.push(problem.field);
  return where.length > 0 ? `${where.join(': ')}: ${problem.message}` : problem.message;
}

/**
 * A watchlist file refused as a whole. Carries every problem found (up to
 * MAX_REPORTED_PROBLEMS) so the analyst can fix the file in one pass; the list
 * version already active stays active.
 */
export class WatchlistParseError extends Error {
  override readonly name = 'WatchlistParseError';

  constructor(
    readonly format: WatchlistFormat | undefined,
    readonly problems: readonly WatchlistProblem[],
    /** True when more problems existed than were kept. */
    readonly truncated = false,
  ) {
    super(WatchlistParseError.describe(format, problems, truncated));
  }

  private static describe(
    format: WatchlistFormat | undefined,
    problems: readonly WatchlistProblem[],
    truncated: boolean,
  ): string {
    const head = `${format ?? 'watchlist'} file refused (${problems.length}${truncated ? '+' : ''} problem${problems.length === 1 ? '' : 's'})`;
    const tail = truncated ? `\n  ... further problems not shown (first ${MAX_REPORTED_PROBLEMS} kept)` : '';
    return `${head}:\n${problems.map((p) => `  ${formatWatchlistProblem(p)}`).join('\n')}${tail}`;
  }
}
