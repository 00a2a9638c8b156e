import type { NameIndexData } from './name-index-data';
import type { QueryTokens } from './query-tokens';

/**
 * The arrays a scorer of records reads (vocabulary tokens and the records made of them), held as
 * the scorer's own fields so that its loops read them straight off `this`; and the query tokens'
 * similarities, which it shares with the other scorers of the index.
 */
export abstract class RecordReader {
  protected readonly vocabulary: readonly string[];
  protected readonly tokenMasks: Int32Array;
  protected readonly tokenWeights: Float32Array;
  protected readonly tokenGeneric: Uint8Array;
  /** Rarity weight without the generic-word discount: what an unmatched listed token costs. */
  protected readonly tokenRarity: Float32Array;
  protected readonly recordStart: Int32Array;
  protected readonly recordTokens: Int32Array;

  constructor(
    data: NameIndexData,
    /** Vocabulary token lengths, read by the joined-token filters without touching the strings. */
    protected readonly tokenLengths: Int32Array,
    protected readonly queryTokens: QueryTokens,
  ) {
    ({
      vocabulary: this.vocabulary,
      tokenMasks: this.tokenMasks,
      tokenWeights: this.tokenWeights,
      tokenGeneric: this.tokenGeneric,
      tokenRarity: this.tokenRarity,
      recordStart: this.recordStart,
      recordTokens: this.recordTokens,
    } = data);
  }
}
