import { SEVERITIES, type Severity } from '@salw/contracts';
import type { CompiledProfile } from '../profile/compiled-profile.model';

export function severityForScore(score: number, profile: CompiledProfile): Severity {
  for (const step of profile.severitySteps) if (score >= step.minScore) return step.severity;
  return 'NONE';
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
