import type { Outcome, Severity } from '@salw/contracts';
import type { KnownOutcome } from './alert-outcome-index';
import type { ScreeningFigures } from './screening-figures';

/** How one declaration version fared on each side. */
export interface SideResult {
  readonly severity: Severity;
  readonly score: number;
  readonly alert: boolean;
  readonly alertId?: string;
  readonly indicators: readonly string[];
}

/** A declaration version whose alert or severity differs between the baseline and the candidate. */
export interface ChangedDeclaration {
  readonly declarationId: string;
  readonly version: number;
  readonly baseline: SideResult;
  readonly candidate: SideResult;
  /** The alert desk's decision on this declaration version, where it has one. */
  readonly outcome?: KnownOutcome;
}

/** Alerts only one side raises: how many, what the desk decided about them, and the first few. */
export interface AlertDifference {
  readonly count: number;
  /** By desk outcome; `UNKNOWN` counts those the desk has no decision for. */
  readonly outcomes: Readonly<Partial<Record<Outcome | 'UNKNOWN', number>>>;
  readonly declarations: readonly ChangedDeclaration[];
}

export interface IndicatorComparison {
  readonly indicator: string;
  readonly baseline: number;
  readonly candidate: number;
  readonly delta: number;
}

export interface SnapshotLabel {
  readonly profile: { readonly id: string; readonly version: number };
  readonly watchlists: string;
  readonly lists: Readonly<Record<string, string | number>>;
}

export interface BacktestReport {
  /** Records read (screened, replayed or refused). */
  readonly records: number;
  readonly baseline: { readonly snapshot: SnapshotLabel; readonly figures: ScreeningFigures };
  readonly candidate: { readonly snapshot: SnapshotLabel; readonly figures: ScreeningFigures };
  readonly indicators: readonly IndicatorComparison[];
  readonly alertsGained: AlertDifference;
  readonly alertsLost: AlertDifference;
  /** Declaration versions whose severity differs, by `FROM->TO`, and the first few. */
  readonly severityChanges: {
    readonly count: number;
    readonly byTransition: Readonly<Record<string, number>>;
    readonly declarations: readonly ChangedDeclaration[];
  };
}
