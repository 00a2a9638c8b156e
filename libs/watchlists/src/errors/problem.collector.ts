import type { WatchlistFormat } from '../model/watchlist-file.model';
import { MAX_REPORTED_PROBLEMS, WatchlistParseError, type WatchlistProblem } from './watchlist-parse.error';

/** Gathers problems across a whole file so one refusal lists them all, capped to stay readable. */
export class ProblemCollector {
  private readonly kept: WatchlistProblem[] = [];
  private total = 0;

  add(problem: WatchlistProblem): void {
    this.total += 1;
    if (this.kept.length < MAX_REPORTED_PROBLEMS) this.kept.push(problem);
  }

  get count(): number {
    return this.total;
  }

  throwIfAny(format: WatchlistFormat): void {
    if (this.total > 0) throw new WatchlistParseError(format, this.kept, this.total > this.kept.length);
  }
}
