/** One past record read back for a replay: where it was, under which key, its bytes as stored. */
export interface ReplayRecord {
  readonly partition: number;
  /** Kafka offset, or the 1-based line number when read from a file. */
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  /** Kafka record timestamp (ms since the epoch, as text); absent for a file. */
  readonly timestamp?: string;
}

/** Records handed to a replay's consumer at once, in offset order within each partition. */
export interface ReplayBatch {
  readonly records: readonly ReplayRecord[];
  /**
   * Per partition of this batch, the offset after its last record: what a consumer commits to say
   * "everything up to here is done" (the retro-screening transaction sends these as its offsets).
   */
  readonly nextOffsets: ReadonlyMap<number, string>;
}

/** How far a replay has come; `total` is an upper bound (control records and aborted writes take offsets too). */
export interface ReplayProgress {
  readonly read: number;
  readonly total: number;
  /** Partitions (or files) read to their end. */
  readonly done: number;
  readonly of: number;
}
