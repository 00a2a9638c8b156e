import type { IndicatorRunner } from '../indicators/indicator.model';
import type { CompiledProfileBase } from './compiled-profile-base.model';

export interface CompiledIndicator {
  readonly code: string;
  readonly maxPoints: number | undefined;
  readonly run: IndicatorRunner;
}

export interface CompiledCombination {
  readonly id: string;
  readonly all: readonly string[];
  readonly points: number;
  readonly reason: string;
}

/** A validated profile turned into the structures scoring reads: built once per profile version. */
export interface CompiledProfile extends CompiledProfileBase {
  readonly indicators: readonly CompiledIndicator[];
  readonly combinations: readonly CompiledCombination[];
}
