import type { WatchlistEntry } from '../model/watchlist-entry.model';

/** An entry as a diff names it: its id, kind and name (or listed value: container, vessel, address), so a person recognises it. */
export interface DiffedEntry {
  readonly entryId: string;
  readonly kind: WatchlistEntry['kind'];
  readonly name?: string;
}

export interface ChangedEntry extends DiffedEntry {
  /** The entry's name before the change, when it changed. */
  readonly previousName?: string;
  /** Top-level fields whose value differs, sorted. */
  readonly fields: readonly string[];
}

/** What changed from one list version to another, entry by entry (matched by `entryId`). */
export interface WatchlistDiff {
  readonly added: readonly DiffedEntry[];
  readonly removed: readonly DiffedEntry[];
  readonly changed: readonly ChangedEntry[];
  readonly unchanged: number;
}

/** JSON with object keys sorted, so two parsers writing fields in another order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function describe(entry: WatchlistEntry): DiffedEntry {
  const name = entry.name ?? entry.value;
  return { entryId: entry.entryId, kind: entry.kind, ...(name !== undefined ? { name } : {}) };
}

function changedFields(before: WatchlistEntry, after: WatchlistEntry): string[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].filter((field) => canonical(a[field]) !== canonical(b[field])).sort();
}

/**
 * The entry-level difference between two versions of one list: entries only in `to` are added,
 * only in `from` removed, in both with any field different changed (naming the fields). Each part
 * is sorted by entry id, so the same two versions always give the same diff.
 */
export function diffWatchlistEntries(
  from: Iterable<WatchlistEntry>,
  to: Iterable<WatchlistEntry>,
): WatchlistDiff {
  const before = new Map<string, WatchlistEntry>();
  for (const entry of from) before.set(entry.entryId, entry);
  const added: DiffedEntry[] = [];
  const changed: ChangedEntry[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const entry of to) {
    seen.add(entry.entryId);
    const previous = before.get(entry.entryId);
    if (!previous) {
      added.push(describe(entry));
      continue;
    }
    const fields = changedFields(previous, entry);
    if (fields.length === 0) {
      unchanged++;
      continue;
    }
    changed.push({
      ...describe(entry),
      ...(previous.name !== entry.name && previous.name !== undefined ? { previousName: previous.name } : {}),
      fields,
    });
  }
  const removed = [...before.values()].filter((entry) => !seen.has(entry.entryId)).map(describe);
  const byId = (x: DiffedEntry, y: DiffedEntry) =>
    x.entryId < y.entryId ? -1 : x.entryId > y.entryId ? 1 : 0;
  return { added: added.sort(byId), removed: removed.sort(byId), changed: changed.sort(byId), unchanged };
}

/** `+3 -1 ~2` style counts of a diff, for the audit and one-line summaries. */
export function summariseWatchlistDiff(diff: WatchlistDiff): {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
} {
  return {
    added: diff.added.length,
    removed: diff.removed.length,
    changed: diff.changed.length,
    unchanged: diff.unchanged,
  };
}
