import type { Severity } from '@salw/contracts';
import type { RiskProfileDocument } from './risk-profile.schema';
import type { PhraseMatcher } from '../text/phrase-matcher';
import type { HsPrefixTable } from './hs-prefix-table';
import type { IndicatorRunner } from '../indicators/indicator.model';

export interface ControlledHeading {
  readonly prefix: string;
  readonly label: string;
  readonly category: 'WEAPON' | 'PART' | 'AMMUNITION' | 'ACCESSORY' | 'OTHER';
  readonly chapter93: boolean;
  readonly points: number | undefined;
}

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
export interface CompiledProfile {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly document: RiskProfileDocument;
  /** Minimum score of each severity, highest first. */
  readonly severitySteps: readonly { readonly severity: Severity; readonly minScore: number }[];
  readonly alertAt: Severity;
  readonly scoreCap: number;
  readonly randomSelection: RiskProfileDocument['randomSelection'];
  readonly alertPriorities: Readonly<Record<Severity, number>>;
  readonly matcher: PhraseMatcher;
  /** Name of the vocabulary whose matches make an item arms-like. */
  readonly armsVocabulary: string;
  readonly controlledHs: HsPrefixTable<ControlledHeading>;
  readonly indicators: readonly CompiledIndicator[];
  readonly combinations: readonly CompiledCombination[];
  /** Look-back of trader history queries (SPLIT_SHIPMENTS window). */
  readonly historyWindowHours: number;
}
