import type { Declaration, Hit, ScreeningResult, Severity, Trigger } from '@salw/contracts';
import { NO_HISTORY, type HistoryFacts } from '../history/history-facts.model';
import { historyKeysFor } from '../history/history-keys';
import type { TraderObservation } from '../history/trader-observation.model';
import type { TraderKey } from '../history/trader-key.model';
import type { IndicatorContext } from '../indicators/indicator.model';
import type { ScreeningSnapshot } from '../snapshot/screening-snapshot.model';
import { applyExemptions } from '../exemptions/apply-exemptions';
import { NO_EXEMPTIONS, type CompiledExemptions } from '../exemptions/compiled-exemptions';
import { analyseDeclaration } from './analyse-declaration';
import { boundHits } from './bound-hits';
import { ENGINE_VERSION } from './engine-version.constant';
import { alertIdFor, resultIdFor } from './result-ids';
import { severityForScore, severityRank } from './severity';

export interface EvaluateInput {
  readonly snapshot: ScreeningSnapshot;
  /** A declaration that passed `declarationValidator`. */
  readonly declaration: Declaration;
  /** Trader history loaded for `historyKeysFor(declaration, snapshot.profile)`; none when omitted. */
  readonly history?: HistoryFacts;
  /** Becomes `screenedAt`; the engine reads no clock. */
  readonly now: Date;
  /** The keys the history was loaded for (`historyKeysFor(...).keys`); recomputed when omitted. */
  readonly historyKeys?: readonly TraderKey[];
  /** LIVE (default), AMENDMENT or RETRO, as the caller knows it; RANDOM is decided here. */
  readonly trigger?: Exclude<Trigger, 'RANDOM'>;
  /** Exemptions honoured while `now` is within their validity (docs/exemptions.md); none when omitted. */
  readonly exemptions?: CompiledExemptions;
}

export interface Evaluation {
  readonly result: ScreeningResult;
  /** What to `record` in trader history after the result is committed. */
  readonly observation: TraderObservation;
}

const RANDOM = 'RANDOM_SELECTION';

/** Deterministic order: heaviest first, then by code, line, party and reason. */
export function compareHits(a: Hit, b: Hit): number {
  return (
    b.points - a.points ||
    cmp(a.indicator, b.indicator) ||
    (a.itemLine ?? Number.MAX_SAFE_INTEGER) - (b.itemLine ?? Number.MAX_SAFE_INTEGER) ||
    cmp(a.party ?? '', b.party ?? '') ||
    cmp(a.reason, b.reason)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Keeps an indicator's hits within its `maxPoints`: the heaviest keep their points, later ones are cut. */
function capHits(hits: readonly Hit[], maxPoints: number): Hit[] {
  let left = maxPoints;
  return [...hits].sort(compareHits).map((hit) => {
    const points = hit.points <= 0 ? hit.points : Math.min(hit.points, Math.max(0, left));
    if (hit.points > 0) left -= points;
    return points === hit.points
      ? hit
      : { ...hit, points, evidence: { ...hit.evidence, cappedFrom: hit.points } };
  });
}

/** Sum of points clamped to 0..scoreCap. */
function totalScore(hits: readonly Hit[], scoreCap: number): number {
  let sum = 0;
  for (const hit of hits) sum += hit.points;
  return Math.max(0, Math.min(scoreCap, sum));
}

// A batch is usually screened with one `now`: its ISO text is worked out once, not per declaration.
let lastNow = Number.NaN;
let lastNowText = '';

function isoText(now: Date): string {
  const time = now.getTime();
  if (time !== lastNow) {
    lastNowText = now.toISOString();
    lastNow = time;
  }
  return lastNowText;
}

/**
 * Scores one declaration version: every enabled indicator, then combinations; score = sum of points
 * clamped to 0..scoreCap; severity from the thresholds; alert at the profile's `alertAt`.
 *
 * Random selection: a pick adds `randomSelection.points` and lifts severity to at least
 * `randomSelection.raiseSeverityTo`. When the pick alone makes the result alert, the trigger is RANDOM.
 */
export function evaluateWithObservation(input: EvaluateInput): Evaluation {
  const { snapshot, declaration, now } = input;
  const profile = snapshot.profile;
  const history = input.history ?? NO_HISTORY;
  const analysis = analyseDeclaration(declaration, profile);
  const historyKeys = input.historyKeys ?? historyKeysFor(declaration, profile).keys;
  const context: IndicatorContext = { declaration, snapshot, analysis, history, historyKeys };

  const hits: Hit[] = [];
  const fired = new Set<string>();
  const exemptions = input.exemptions ?? NO_EXEMPTIONS;
  for (const indicator of profile.indicators) {
    const produced = indicator.run(context);
    if (produced.length === 0) continue;
    // Exempted hits are shown with 0 points; an indicator fires (for combinations) only on live ones.
    const { live, exempted } = applyExemptions(exemptions, produced, declaration, now.getTime());
    for (const hit of exempted) hits.push(hit);
    if (live.length === 0) continue;
    fired.add(indicator.code);
    const kept = indicator.maxPoints === undefined ? live : capHits(live, indicator.maxPoints);
    for (const hit of kept) hits.push(hit);
  }
  for (const combination of profile.combinations) {
    if (!allFired(combination.all, fired)) continue;
    hits.push({
      indicator: combination.id,
      points: combination.points,
      reason: combination.reason,
      evidence: { combination: combination.all },
    });
  }
  hits.sort(compareHits);

  const randomPicked = fired.has(RANDOM);
  const score = totalScore(hits, profile.scoreCap);
  let severity: Severity = severityForScore(score, profile);
  const raiseTo = profile.randomSelection.raiseSeverityTo;
  if (randomPicked && raiseTo !== undefined && severityRank(raiseTo) > severityRank(severity))
    severity = raiseTo;
  const alert = severityRank(severity) >= severityRank(profile.alertAt);

  let trigger: Trigger = input.trigger ?? 'LIVE';
  if (randomPicked && alert) {
    const withoutRandom = hits.filter(
      (h) => h.indicator !== RANDOM && !isCombinationWith(profile.combinations, h.indicator, RANDOM),
    );
    if (
      severityRank(severityForScore(totalScore(withoutRandom, profile.scoreCap), profile)) <
      severityRank(profile.alertAt)
    )
      trigger = 'RANDOM';
  }

  const identity = {
    declarationId: declaration.declarationId,
    version: declaration.version,
    profileId: profile.id,
    profileVersion: profile.version,
    watchlistVersion: snapshot.watchlists.version,
  };
  const resultId = resultIdFor(identity);
  // Scored on every hit above; published within fixed bounds, so a result's size never follows the declaration's.
  const publishedHits = boundHits(hits);
  const screenedAt = isoText(now);
  const profileRef = { id: profile.id, version: profile.version };
  const watchlists = { version: snapshot.watchlists.version, lists: { ...snapshot.watchlists.lists } };
  // alertId is left undefined rather than spread in conditionally (the spread costs more than the rest
  // of the object); JSON leaves an undefined key out, and the key order (alertId after alert) stays
  // that of the published JSON.
  const result: ScreeningResult = {
    resultId,
    declarationId: declaration.declarationId,
    version: declaration.version,
    trigger,
    screenedAt,
    score,
    severity,
    alert,
    alertId: alert ? alertIdFor(identity) : undefined,
    hits: publishedHits,
    profile: profileRef,
    watchlists,
    engine: ENGINE_VERSION,
  };
  const observation: TraderObservation = {
    declarationId: declaration.declarationId,
    version: declaration.version,
    at: declaration.submittedAt,
    keys: historyKeys,
    armsLike: analysis.anyArmsLike,
  };
  return { result, observation };
}

function allFired(codes: readonly string[], fired: ReadonlySet<string>): boolean {
  for (const code of codes) if (!fired.has(code)) return false;
  return true;
}

function isCombinationWith(
  combinations: readonly { id: string; all: readonly string[] }[],
  code: string,
  member: string,
): boolean {
  return combinations.some((c) => c.id === code && c.all.includes(member));
}

/** {@link evaluateWithObservation} without the history observation. */
export function evaluate(input: EvaluateInput): ScreeningResult {
  return evaluateWithObservation(input).result;
}
