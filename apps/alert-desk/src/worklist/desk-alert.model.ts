import type { Alert, Declaration, Outcome, Severity } from '@salw/contracts';

export const DESK_STATUSES = ['NEW', 'CLAIMED', 'UNDER_EXAMINATION', 'CLOSED'] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];
export const OPEN_STATUSES: readonly DeskStatus[] = ['NEW', 'CLAIMED', 'UNDER_EXAMINATION'];

/** How a closed alert ended: an officer's outcome, or replaced by the alert of a newer declaration version. */
export type Resolution = Outcome | 'SUPERSEDED';

export type DeskAction =
  'RECEIVED' | 'CLAIM' | 'EXAMINE' | 'NOTE' | 'CLOSE' | 'RELEASE' | 'ASSIGN' | 'REOPEN' | 'SUPERSEDE';

/** The mutable part of a worklist entry (the alert itself never changes). */
export interface DeskAlertState {
  readonly status: DeskStatus;
  readonly assignee?: string;
  readonly resolution?: Resolution;
  readonly note?: string;
  readonly receivedAt: string;
  readonly claimedAt?: string;
  readonly closedAt?: string;
  readonly supersededBy?: string;
  readonly supersedes?: string;
}

/** One line of an alert's history: who did what, when, from which state. */
export interface HistoryEntry {
  readonly at: string;
  readonly actor: string;
  readonly action: DeskAction;
  readonly from?: DeskStatus;
  readonly to: DeskStatus;
  readonly assignee?: string;
  readonly outcome?: Resolution;
  readonly note?: string;
  readonly relatedAlertId?: string;
}

/** A worklist row: the alert, its state, and what the desk knows of the declaration. */
export interface DeskAlert {
  readonly alert: Alert;
  readonly state: DeskAlertState;
  readonly severity: Severity;
}

export interface DeskAlertDetail extends DeskAlert {
  readonly history: readonly HistoryEntry[];
  readonly declaration?: Declaration;
  /** Versions of the declaration the desk has seen, with their alerts where one was raised. */
  readonly versions: readonly { version: number; alertId?: string }[];
}
