import type { Severity } from '@salw/contracts';
import type { DeskStatus } from './desk-alert.model';

/** A page of the worklist: which alerts, in priority order (severity, score, arrival). */
export interface WorklistQuery {
  readonly statuses: readonly DeskStatus[];
  readonly severity?: Severity;
  readonly indicator?: string;
  readonly office?: string;
  readonly mode?: string;
  readonly country?: string;
  readonly trigger?: string;
  /** Free text over ids, reasons, party names, goods descriptions. */
  readonly text?: string;
  readonly offset: number;
  readonly limit: number;
}
