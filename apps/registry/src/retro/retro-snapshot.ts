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

/** Indicators that read the watchlists: the only ones a list change can make fire. */
export const LIST_INDICATORS: ReadonlySet<string> = new Set([
  'SANCTIONED_PARTY',
  'WATCHLISTED_CONTAINER',
  'WATCHLISTED_VESSEL',
  'WATCHLISTED_IDENTIFIER',
  'WATCHLISTED_ADDRESS',
]);

/**
 * Indicators decided from the trader history as it stood when a declaration was lodged: the live
 * screener decided them then; a retro-screening, which sees the history of its own window only,
 * does not decide them again.
 */
export const HISTORY_INDICATORS: ReadonlySet<string> = new Set(['NEW_TRADER', 'SPLIT_SHIPMENTS']);

/**
 * The two profiles of a retro-screening, both with the active profile's id and version (so results
 * name it): `match` runs only the list indicators, to find the declarations a changed entry hits at a
 * fraction of the cost; `score` runs every indicator but the history ones, to score what was found.
 */
export function retroProfiles(profile: CompiledProfile): { match: CompiledProfile; score: CompiledProfile } {
  return {
    match: {
      ...profile,
      indicators: profile.indicators.filter((i) => LIST_INDICATORS.has(i.code)),
      combinations: [],
    },
    score: {
      ...profile,
      indicators: profile.indicators.filter((i) => !HISTORY_INDICATORS.has(i.code)),
      combinations: profile.combinations.filter((c) => !c.all.some((code) => HISTORY_INDICATORS.has(code))),
    },
  };
}
