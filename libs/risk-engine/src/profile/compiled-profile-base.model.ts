import type { Severity } from '@salw/contracts';
import type { PhraseMatcher } from '../text/phrase-matcher';
import type { HsPrefixTable } from './hs-prefix-table';
import type { RiskProfileDocument } from './risk-profile.schema';

export interface ControlledHeading {
  readonly prefix: string;
  readonly label: string;
  readonly category: 'WEAPON' | 'PART' | 'AMMUNITION' | 'ACCESSORY' | 'OTHER';
  readonly chapter93: boolean;
  readonly points: number | undefined;
}

/**
 * What a compiled profile is besides its indicators and combinations: the thresholds, reference data
 * and matchers its indicators are compiled against. Kept apart from CompiledProfile so that the
 * indicator model (which CompiledProfile holds) can name it without importing its holder.
 */
export interface CompiledProfileBase {
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
  /** Look-back of trader history queries (SPLIT_SHIPMENTS window). */
  readonly historyWindowHours: number;
}
