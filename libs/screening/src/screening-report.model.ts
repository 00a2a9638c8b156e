import type { ScreeningRefusalReason } from './screening-outcome.model';

/** Counts of one batch's outcomes. */
export interface ScreeningReport {
  screened: number;
  amendments: number;
  alerts: number;
  replays: number;
  readonly refused: Partial<Record<ScreeningRefusalReason, number>>;
}
