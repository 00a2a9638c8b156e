import type { TraderKey } from './trader-key.model';

/** What a screened declaration version adds to trader history. */
export interface TraderObservation {
  readonly declarationId: string;
  readonly version: number;
  /** When the declaration was lodged (RFC 3339): the time the window counts from. */
  readonly at: string;
  readonly keys: readonly TraderKey[];
  /** True when any item is controlled or described as arms, their parts or ammunition. */
  readonly armsLike: boolean;
}
