import type { Alert, ScreeningResult } from '@salw/contracts';
import type { CompiledProfile } from '../profile/compiled-profile.model';

/** Hits that name the exact thing on a list: with one of these an alert is one step more urgent. */
const EXACT_LIST_HITS = new Set([
  'WATCHLISTED_CONTAINER',
  'WATCHLISTED_VESSEL',
  'WATCHLISTED_IDENTIFIER',
  'WATCHLISTED_ADDRESS',
]);

/**
 * 1 (most urgent) to 5: the profile's priority for the severity, one step more urgent when an exact
 * watchlist hit or an identifier/near-exact sanctioned-party match is present; random picks are 5.
 */
export function alertPriority(result: ScreeningResult, profile: CompiledProfile): number {
  if (result.trigger === 'RANDOM') return 5;
  let priority = profile.alertPriorities[result.severity];
  const exact = result.hits.some(
    (h) =>
      (h.evidence.exemptionId === undefined && EXACT_LIST_HITS.has(h.indicator)) ||
      (h.indicator === 'SANCTIONED_PARTY' &&
        h.evidence.exemptionId === undefined &&
        (h.evidence.viaIdentifier === true || (h.evidence.similarity as number) >= 0.97)),
  );
  if (exact) priority -= 1;
  return Math.max(1, Math.min(5, priority));
}

/** The Alert for a result that crossed the alert threshold; undefined otherwise. */
export function toAlert(result: ScreeningResult, profile: CompiledProfile): Alert | undefined {
  if (!result.alert || result.alertId === undefined) return undefined;
  return { ...result, alert: true, alertId: result.alertId, priority: alertPriority(result, profile) };
}
