import { createHash, type Hash } from 'node:crypto';
import { ProblemCollector } from '../errors/problem.collector';
import type { WatchlistProblem } from '../errors/watchlist-parse.error';
import { EntryIdSet } from '../identifiers/entry-id.set';
import type { WatchlistEntry } from '../model/watchlist-entry.model';
import type { StreamedWatchlist, WatchlistEntrySink } from '../model/watchlist-entry.sink';
import type { WatchlistFormat, WatchlistWarning } from '../model/watchlist-file.model';

export interface LineBasedWatchlistOptions {
  /** When set, every line's `list` must be this name (an import endpoint bound to one list). */
  readonly expectedList?: string;
}

/**
 * The version of a line-based file: `sha256:` and the SHA-256 of its content (without a byte-order
 * mark) as UTF-8 bytes, whether the content comes in one piece or in several.
 */
export class ContentVersion {
  private readonly hash: Hash = createHash('sha256');

  static of(content: string): string {
    const version = new ContentVersion();
    version.add(content);
    return version.value();
  }

  /** Text is hashed as UTF-8. */
  add(content: string | Uint8Array): void {
    if (typeof content === 'string') this.hash.update(content, 'utf8');
    else this.hash.update(content);
  }

  value(): string {
    return `sha256:${this.hash.digest('hex')}`;
  }
}

/**
 * Passes the entries of a line-based file to a sink and collects its problems, enforcing the
 * file-wide rules: one list name throughout, entry ids unique (checked in a compact hash set, see
 * EntryIdSet), at least one entry. Refuses the whole file if any line had a problem; from the first
 * problem on, entries are only counted, no longer handed to the sink.
 */
export class WatchlistFileAssembler {
  private readonly problems = new ProblemCollector();
  private readonly warnings: WatchlistWarning[] = [];
  private readonly entryIds = new EntryIdSet();
  private accepted = 0;
  private list: { readonly name: string; readonly line: number } | undefined;

  constructor(
    private readonly format: WatchlistFormat,
    private readonly sink: WatchlistEntrySink,
    private readonly options: LineBasedWatchlistOptions = {},
  ) {}

  /** Entries accepted so far. */
  get entryCount(): number {
    return this.accepted;
  }

  problem(problem: WatchlistProblem): void {
    this.problems.add(problem);
  }

  /** Records the file-wide facts of a line even when the line is otherwise refused. */
  observe(line: number, list: unknown, entryId: unknown): void {
    if (typeof list === 'string') {
      if (this.options.expectedList !== undefined && list !== this.options.expectedList) {
        this.problems.add({
          line,
          field: 'list',
          message: `'${list}' is not the list being imported ('${this.options.expectedList}')`,
        });
      } else if (this.list === undefined) {
        this.list = { name: list, line };
      } else if (list !== this.list.name) {
        this.problems.add({
          line,
          field: 'list',
          message: `'${list}' differs from '${this.list.name}' on line ${this.list.line}; a file holds one list`,
        });
      }
    }
    if (typeof entryId === 'string') {
      const firstLine = this.entryIds.addOrFind(entryId, line);
      if (firstLine !== -1) {
        this.problems.add({
          line,
          field: 'entryId',
          message: `'${entryId}' is already used on line ${firstLine}`,
        });
      }
    }
  }

  accept(entry: WatchlistEntry, warnings: readonly WatchlistWarning[]): void {
    this.accepted += 1;
    if (this.problems.count === 0) this.sink.add(entry);
    this.warnings.push(...warnings);
  }

  /** The file without its entries, versioned `version` (see {@link ContentVersion}); throws the problems if there were any. */
  finish(version: string): StreamedWatchlist {
    if (this.list === undefined && this.problems.count === 0) {
      this.problems.add({ message: 'file holds no entries, so the list it replaces is unknown' });
    }
    this.problems.throwIfAny(this.format);
    return {
      list: this.list?.name ?? '',
      version,
      format: this.format,
      entryCount: this.accepted,
      warnings: this.warnings,
    };
  }
}
