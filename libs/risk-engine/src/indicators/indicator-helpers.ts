import type { Hit } from '@salw/contracts';
import type { TermMatch } from '../text/phrase-matcher';
import type { WatchlistEntrySource } from '../snapshot/watchlist-source.model';

export function clampPoints(points: number): number {
  return Math.max(-100, Math.min(100, Math.round(points)));
}

export function itemField(index: number, field: string): string {
  return `items[${index}].${field}`;
}

/** True when the entry is in force on `date` (YYYY-MM-DD): no expiry, or expiring on or after it. */
export function entryInForce(entry: { readonly expiresOn?: string | null }, date: string): boolean {
  return entry.expiresOn === undefined || entry.expiresOn === null || entry.expiresOn >= date;
}

/**
 * Matched spans as quoted phrases, adjacent spans merged so "AR-15" + "upper receiver" reads as the
 * declarant wrote it: 'AR-15 upper receiver'.
 */
export function quotedSpans(description: string, matches: readonly TermMatch[]): string[] {
  const sorted = [...matches].sort((a, b) => a.firstToken - b.firstToken || b.lastToken - a.lastToken);
  const spans: { first: number; last: number; start: number; end: number }[] = [];
  for (const m of sorted) {
    const previous = spans[spans.length - 1];
    if (previous && m.firstToken <= previous.last + 1) {
      if (m.lastToken > previous.last) {
        previous.last = m.lastToken;
        previous.end = m.end;
      }
    } else {
      spans.push({ first: m.firstToken, last: m.lastToken, start: m.start, end: m.end });
    }
  }
  return spans.map((s) => description.slice(s.start, s.end));
}

export function quoteList(texts: readonly string[]): string {
  return texts.map((t) => `'${t}'`).join(', ');
}

/** Distinct term labels, in order of appearance. */
export function termLabels(matches: readonly TermMatch[]): string[] {
  return [...new Set(matches.map((m) => m.term.label))];
}

/** Adds `hitFor(entry)` to `hits` for each of `entries` in force on `date` (YYYY-MM-DD), in list order. */
export function pushHitsInForce(
  hits: Hit[],
  entries: readonly WatchlistEntrySource[] | undefined,
  date: string,
  hitFor: (entry: WatchlistEntrySource) => Hit,
): void {
  if (entries === undefined) return;
  for (const entry of entries) if (entryInForce(entry, date)) hits.push(hitFor(entry));
}

export function watchlistHit(
  indicator: string,
  entry: WatchlistEntrySource,
  defaultPoints: number,
  reason: string,
  evidence: Record<string, unknown>,
  extra: Pick<Hit, 'party'> = {},
): Hit {
  return {
    indicator,
    points: clampPoints(entry.points ?? defaultPoints),
    ...extra,
    reason: entry.reason ? `${reason} (${entry.reason})` : reason,
    evidence: { list: entry.list, entryId: entry.entryId, ...evidence },
  };
}
