import type { Declaration, IndicatorCode } from '@salw/contracts';
import type { TrafficContext } from '../builders/traffic-context';
import type { SeededRandom } from '../random/seeded-random';
import type { LabelEvidence, LabelledDeclaration, TrafficLabel } from '../model/traffic-label';

/** A scenario tells one story starting at `atMs`; a series (split shipments) returns several declarations in time order. */
export type ScenarioBuilder = (context: TrafficContext, atMs: number) => LabelledDeclaration[];

export interface ScenarioDefinition {
  readonly name: string;
  /** The catalogue indicator this scenario exists to exercise. */
  readonly indicator: IndicatorCode;
  readonly build: ScenarioBuilder;
}

export function labelled(
  declaration: Declaration,
  label: {
    risky: boolean;
    expectAlert: boolean;
    expected: readonly IndicatorCode[];
    allowed?: readonly IndicatorCode[];
    scenario: string;
    note: string;
    evidence?: LabelEvidence;
  },
): LabelledDeclaration {
  const expectedIndicators = [...new Set(label.expected)].sort();
  const allowedIndicators = [...new Set(label.allowed ?? [])]
    .filter((code) => !expectedIndicators.includes(code))
    .sort();
  const result: TrafficLabel = {
    risky: label.risky,
    expectAlert: label.expectAlert,
    expectedIndicators,
    ...(allowedIndicators.length > 0 ? { allowedIndicators } : {}),
    scenario: label.scenario,
    note: label.note,
    ...(label.evidence && Object.keys(label.evidence).length > 0 ? { evidence: label.evidence } : {}),
  };
  return { declaration, label: result };
}

/** Where irregular arms and parts are shipped from, and to, in the seizure reports the scenarios imitate. */
export const ILLICIT_ORIGINS = ['US', 'TR', 'AE', 'DE', 'BR', 'CZ', 'GB'] as const;
export const ILLICIT_DESTINATIONS = [
  'NG',
  'GH',
  'KE',
  'ZA',
  'MX',
  'CI',
  'SN',
  'GB',
  'AU',
  'CA',
  'NL',
  'BR',
] as const;
/** An origin among ILLICIT_ORIGINS and a destination among ILLICIT_DESTINATIONS other than it, drawn in that order. */
export function illicitLane(random: SeededRandom): { readonly origin: string; readonly destination: string } {
  const origin = random.pick(ILLICIT_ORIGINS);
  const destination = random.pick(ILLICIT_DESTINATIONS.filter((code) => code !== origin));
  return { origin, destination };
}

/** The lane an illicit scenario ships along: drawn by `illicitLane` before anything else of the story. */
export type IllicitLane = ReturnType<typeof illicitLane>;

/**
 * A scenario whose story starts on an illicit lane: the lane is drawn first (so the draws, and the
 * traffic a seed makes, are those of a scenario that draws it itself), then `build` tells the story
 * on it; `name` is the scenario's, for its labels.
 */
export function illicitScenario(
  name: string,
  indicator: IndicatorCode,
  build: (context: TrafficContext, atMs: number, lane: IllicitLane, name: string) => LabelledDeclaration[],
): ScenarioDefinition {
  return {
    name,
    indicator,
    build: (context, atMs) => build(context, atMs, illicitLane(context.random), name),
  };
}

/** UN arms embargoes (docs/domain.md): full, and limited to non-state actors or parts of a territory. */
export const FULL_EMBARGO = ['KP', 'LY', 'SS'] as const;
export const LIMITED_EMBARGO = ['SO', 'CD', 'CF', 'SD', 'YE', 'HT'] as const;
