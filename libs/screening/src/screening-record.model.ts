import type { InputPosition } from './ledger/screening-decision';

/** One declaration to screen, as it arrived: its bytes, the key it was sent under, and where it came from. */
export interface ScreeningRecord {
  readonly value: Uint8Array | string | null;
  /**
   * The key the record was sent under (the Kafka key); it must equal the declarationId, which is what
   * keeps every version of a declaration on one partition. Undefined where there is no key (a file).
   */
  readonly key?: Uint8Array | string | null;
  /** Position in the input; the ledger keeps it per screened version. Offsets only grow within a partition. */
  readonly position: InputPosition;
}
