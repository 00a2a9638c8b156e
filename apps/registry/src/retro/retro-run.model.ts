import type { Severity } from '@salw/contracts';

/** One declaration version the retro-screening found against a changed entry. */
export interface RetroFinding {
  readonly declarationId: string;
  readonly version: number;
  readonly severity: Severity;
  readonly score: number;
  readonly alert: boolean;
  readonly resultId: string;
  /** `list/entryId` of the changed entries it hit. */
  readonly entries: readonly string[];
}

export interface RetroRunReport {
  readonly list: string;
  readonly version: number;
  readonly changedEntries: number;
  readonly since: string;
  readonly dryRun: boolean;
  /** Records read from the declarations topic (after what earlier runs of this list version did). */
  readonly read: number;
  readonly screened: number;
  readonly refused: number;
  /** Declaration versions with a hit on a changed entry: each gets a RETRO result. */
  readonly found: number;
  readonly alerts: number;
  /** Results and alerts published (0 in a dry run). */
  readonly published: { readonly results: number; readonly alerts: number };
  /** Partitions where an earlier run of the same list version had got to, and where this one started. */
  readonly resumedFrom: Readonly<Record<string, string>>;
  readonly seconds: number;
  readonly declarationsPerSecond: number;
  /** Where the time went: waiting for records, screening them, publishing (transactions). */
  readonly timings: {
    readonly readingSeconds: number;
    readonly screeningSeconds: number;
    readonly publishingSeconds: number;
  };
  /** The first findings (at most 100). */
  readonly findings: readonly RetroFinding[];
}
