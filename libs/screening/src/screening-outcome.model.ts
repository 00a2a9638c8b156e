import type { Alert, Declaration, RejectReason, ScreeningResult } from '@salw/contracts';

/** Why the core refused a record: the contract's reasons and the core's own. */
export type ScreeningRefusalReason =
  | RejectReason
  /** A valid declaration the engine could not score (a defect): parked so the stream keeps moving. */
  | 'PROCESSING_FAILED'
  /** A version already screened came again with other content. */
  | 'CONFLICTING_REPLAY'
  /** The record's key is not its declarationId. */
  | 'KEY_MISMATCH';

/** What became of one record, in input order. */
export type ScreeningOutcome =
  | {
      readonly kind: 'screened';
      readonly declaration: Declaration;
      readonly result: ScreeningResult;
      /** Present when the result crosses the profile's alert threshold. */
      readonly alert?: Alert;
    }
  | {
      readonly kind: 'replay';
      readonly declarationId: string;
      readonly version: number;
      readonly screenedVersion: number;
    }
  | { readonly kind: 'refused'; readonly reason: ScreeningRefusalReason; readonly detail: string };
