import type { ScreeningResult, Severity } from '@salw/contracts';
import { severityForScore, type CompiledProfile } from '@salw/risk-engine';

const RANK: Readonly<Record<Severity, number>> = { NONE: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

/**
 * The severity the findings earn. A random pick lifts a result to the alert level for outcome
 * statistics; that lift is a compliance sample, not a finding, so it is taken off here (the pick
 * adds no points, so the score is the findings' own).
 */
export function findingSeverity(result: ScreeningResult, profile: CompiledProfile): Severity {
  return result.trigger === 'RANDOM' ? severityForScore(result.score, profile) : result.severity;
}

export function atLeast(severity: Severity, floor: Severity): boolean {
  return RANK[severity] >= RANK[floor];
}

/** What an officer receives: an alert at HIGH or above, random selections counted apart. */
export function alertsOfficer(result: ScreeningResult): boolean {
  return result.alert && result.trigger !== 'RANDOM' && atLeast(result.severity, 'HIGH');
}

/** One line an analyst can read: severity, score and the hits with their points. */
export function describeResult(result: ScreeningResult): string {
  const hits = result.hits.map((h) => `${h.indicator}${h.points >= 0 ? '+' : ''}${h.points}`).join(' ');
  return `${result.severity} ${result.score}${result.trigger === 'RANDOM' ? ' (random pick)' : ''}: ${hits || 'no hits'}`;
}
