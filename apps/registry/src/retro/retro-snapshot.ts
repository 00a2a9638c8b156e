import type { Hit, ScreeningResult } from '@salw/contracts';
import {
  buildSnapshot,
  type CompiledProfile,
  type ScreeningSnapshot,
  type WatchlistEntrySource,
} from '@salw/risk-engine';

/**
 * The watchlist version a retro result names: the list and the version whose changes it screened
 * for. It goes into resultId and alertId (with the declaration version and the profile), so the same
 * declaration version retro-screened for the same list version always gets the same ids.
 */
export function retroWatchlistVersion(list: string, version: number): string {
  return `retro:${list}@${version}`;
}

/**
 * A snapshot holding only the entries a list version added or changed: screening past declarations
 * against it finds exactly the hits the live screener could not have raised when it screened them,
 * and costs a name index of a hundred entries instead of the whole list.
 */
export function buildRetroSnapshot(
  profile: CompiledProfile,
  list: string,
  version: number,
  changed: readonly WatchlistEntrySource[],
): ScreeningSnapshot {
  return buildSnapshot({
    profile,
    watchlists: [{ list, version: String(version), entries: changed }],
    versions: { watchlists: retroWatchlistVersion(list, version), lists: { [list]: version } },
  });
}

/** The hits of a result that come from one of the changed entries of `list` (with points: an exempted hit raises nothing). */
export function newHitsOf(result: ScreeningResult, list: string, changedIds: ReadonlySet<string>): Hit[] {
  return result.hits.filter((hit) => {
    const evidence = hit.evidence as { list?: unknown; entryId?: unknown } | undefined;
    return (
      hit.points > 0 &&
      evidence?.list === list &&
      typeof evidence.entryId === 'string' &&
      changedIds.has(evidence.entryId)
    );
  });
}
