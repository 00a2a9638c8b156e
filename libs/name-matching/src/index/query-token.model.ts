import type { WeightedTokenSequence } from '../similarity/score-token-sequences.util';
import type { IdValueMap } from './id-value-map';
import { NOT_FOUND } from './string-id-table';

/** The vocabulary id of a query token the list does not have. */
export const NOT_IN_VOCABULARY = NOT_FOUND;

/** One token of a searched name, described against the index's vocabulary (see QueryTokens). */
export interface QueryToken {
  readonly text: string;
  readonly key: string;
  /** Vocabulary id of the token itself, NOT_IN_VOCABULARY for a token the list does not have. */
  readonly exact: number;
  readonly weight: number;
  readonly generic: boolean;
  /**
   * Vocabulary tokens at least TOKEN_MATCH_FLOOR similar found by lookup (exact, one edit,
   * phonetic key), closest lookups first, and their similarities.
   */
  readonly expansionIds: readonly number[];
  readonly expansionSimilarities: readonly number[];
  /** Known token pairs this unknown token may be two names written together as. */
  readonly splits: ReadonlyArray<readonly [number, number]>;
  readonly mask: number;
  /**
   * Similarities to vocabulary tokens (the expansions, and those computed while scoring). A token's
   * description depends on the token and the (immutable) index only, so it is remembered across
   * searches: names differ, but their words recur (MOHAMMED, TRADING, WANG), and each is described
   * and compared once.
   */
  readonly similarities: IdValueMap;
}

/** A searched token sequence as scoreTokenSequences reads it, made once per sequence that gets scored. */
export interface QueryContext {
  readonly query: readonly QueryToken[];
  readonly sequence: WeightedTokenSequence;
}

export function queryContextOf(query: readonly QueryToken[], tokens: readonly string[]): QueryContext {
  const weights = new Array<number>(query.length);
  const generic = new Array<boolean>(query.length);
  for (let i = 0; i < query.length; i++) {
    weights[i] = query[i].weight;
    generic[i] = query[i].generic;
  }
  return { query, sequence: { tokens, weights, generic } };
}
