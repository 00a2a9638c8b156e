import {
  diffWatchlistEntries,
  type ChangedEntry,
  type DiffedEntry,
  type WatchlistDiff,
} from '../diff/diff-watchlist-entries';
import { EntryIdSet, hash64 } from '../identifiers/entry-id.set';
import type { WatchlistEntry } from '../model/watchlist-entry.model';
import type { WatchlistEntrySink } from '../model/watchlist-entry.sink';

export interface BoundedDiffCounts {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly unchanged: number;
}

export interface BoundedDiffResult {
  /** As diffWatchlistEntries gives it, each list cut to the `maxNamed` lowest entry ids. */
  readonly diff: WatchlistDiff;
  /** The full counts, whatever was cut. */
  readonly counts: BoundedDiffCounts;
  /** True when a list of `diff` holds fewer entries than its count. */
  readonly truncated: boolean;
}

/** The `max` lowest entry ids of what is pushed, sorted, holding at most 2 x max at any time. */
class LowestIds<T extends DiffedEntry> {
  private items: T[] = [];
  count = 0;

  constructor(private readonly max: number) {}

  push(item: T): void {
    this.count += 1;
    this.items.push(item);
    if (this.items.length >= 2 * this.max) this.items = this.sorted();
  }

  sorted(): T[] {
    return this.items
      .sort((x, y) => (x.entryId < y.entryId ? -1 : x.entryId > y.entryId ? 1 : 0))
      .slice(0, this.max);
  }
}

type Phase = 'index' | 'compare' | 'revisit' | 'done';

export interface BoundedDiffOptions {
  /** Name at most this many entries of each kind (the lowest ids); all are counted. */
  readonly maxNamed?: number;
  /**
   * Which version is indexed and read twice: `from` (the default: the stored older version, so the
   * newer can be parsed straight in) or `to` (a file read twice, then the stored version once: for a
   * dry run whose list name is known only once the file is read).
   */
  readonly indexed?: 'from' | 'to';
}

/**
 * The entry-level diff of two versions of a list (the result diffWatchlistEntries gives) without
 * holding either version: one version (by default the older, `from`) is read twice, the other once,
 * entry by entry.
 * 1. `index` each entry of the indexed version: its id and a 64-bit hash of its JSON go into typed
 *    arrays (about 20 bytes an entry at most half full: 40 MiB for a million);
 * 2. `compare` (or `add`: this is a WatchlistEntrySink, so a file can be parsed straight into it) each
 *    entry of the other version: an unknown id is added (removed when `to` is indexed), an equal hash
 *    unchanged, and only an entry whose JSON differs is held;
 * 3. `revisit` each entry of the indexed version again: an id never seen is removed (added), a held
 *    one is compared field by field by diffWatchlistEntries itself (a mere key reorder is unchanged).
 * What is held beyond the arrays grows with the changes, not with the list: the changed entries, and
 * the named entries (cut to `maxNamed` per kind when given). Two different entries of one id whose
 * JSON hashes collide would count as unchanged; for 64 bits the chance is about 1 in 10^13 an entry.
 */
export class BoundedWatchlistDiff implements WatchlistEntrySink {
  private readonly ids = new EntryIdSet();
  private contentHigh = new Uint32Array(1024);
  private contentLow = new Uint32Array(1024);
  private seen = new Uint8Array(1024);
  private previousCount = 0;
  private readonly pending = new Map<string, WatchlistEntry>();
  private readonly added: LowestIds<DiffedEntry>;
  private readonly removed: LowestIds<DiffedEntry>;
  private readonly changed: LowestIds<ChangedEntry>;
  private unchanged = 0;
  private phase: Phase = 'index';
  private readonly fromIndexed: boolean;

  constructor(options: BoundedDiffOptions = {}) {
    this.fromIndexed = (options.indexed ?? 'from') === 'from';
    const max = options.maxNamed ?? Number.POSITIVE_INFINITY;
    this.added = new LowestIds(max);
    this.removed = new LowestIds(max);
    this.changed = new LowestIds(max);
  }

  index(entry: WatchlistEntry): void {
    this.expect('index');
    const index = this.previousCount;
    if (this.ids.addOrFind(entry.entryId, index + 1) !== -1) return; // a stored version has unique ids
    this.previousCount += 1;
    if (index === this.seen.length) this.grow();
    const [high, low] = hash64(JSON.stringify(entry));
    this.contentHigh[index] = high;
    this.contentLow[index] = low;
  }

  add(entry: WatchlistEntry): void {
    this.compare(entry);
  }

  compare(entry: WatchlistEntry): void {
    if (this.phase === 'index') this.phase = 'compare';
    this.expect('compare');
    const found = this.ids.addOrFind(entry.entryId, 0);
    if (found === -1 || found === 0) {
      if (this.fromIndexed) this.added.push(describeAdded(entry));
      else this.removed.push(describeRemoved(entry));
      return;
    }
    const index = found - 1;
    this.seen[index] = 1;
    const [high, low] = hash64(JSON.stringify(entry));
    if (this.contentHigh[index] === high && this.contentLow[index] === low) this.unchanged += 1;
    else this.pending.set(entry.entryId, entry);
  }

  revisit(entry: WatchlistEntry): void {
    if (this.phase === 'compare' || this.phase === 'index') this.phase = 'revisit';
    this.expect('revisit');
    const index = this.ids.addOrFind(entry.entryId, 0) - 1;
    if (index < 0 || this.seen[index] === 0) {
      if (this.fromIndexed) this.removed.push(describeRemoved(entry));
      else this.added.push(describeAdded(entry));
      return;
    }
    const other = this.pending.get(entry.entryId);
    if (other === undefined) return;
    this.pending.delete(entry.entryId);
    const pair = this.fromIndexed
      ? diffWatchlistEntries([entry], [other])
      : diffWatchlistEntries([other], [entry]);
    if (pair.changed[0] !== undefined) this.changed.push(pair.changed[0]);
    else this.unchanged += 1;
  }

  result(): BoundedDiffResult {
    this.phase = 'done';
    const counts = {
      added: this.added.count,
      removed: this.removed.count,
      changed: this.changed.count,
      unchanged: this.unchanged,
    };
    const diff: WatchlistDiff = {
      added: this.added.sorted(),
      removed: this.removed.sorted(),
      changed: this.changed.sorted(),
      unchanged: this.unchanged,
    };
    const truncated =
      diff.added.length < counts.added ||
      diff.removed.length < counts.removed ||
      diff.changed.length < counts.changed;
    return { diff, counts, truncated };
  }

  private expect(phase: Phase): void {
    if (this.phase !== phase)
      throw new Error(`BoundedWatchlistDiff: ${phase} entries given after the ${this.phase} ones`);
  }

  private grow(): void {
    const size = this.seen.length * 2;
    const high = new Uint32Array(size);
    const low = new Uint32Array(size);
    const seen = new Uint8Array(size);
    high.set(this.contentHigh);
    low.set(this.contentLow);
    seen.set(this.seen);
    [this.contentHigh, this.contentLow, this.seen] = [high, low, seen];
  }
}

function describeAdded(entry: WatchlistEntry): DiffedEntry {
  return diffWatchlistEntries([], [entry]).added[0] as DiffedEntry;
}

function describeRemoved(entry: WatchlistEntry): DiffedEntry {
  return diffWatchlistEntries([entry], []).removed[0] as DiffedEntry;
}
