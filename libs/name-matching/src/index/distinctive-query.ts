import { DISTINCTIVE_PAIR_MIN_SIMILARITY } from '../name-matching.constants';
import { NOT_IN_VOCABULARY, type QueryToken } from './query-token.model';
import type { QueryTokens } from './query-tokens';

const DISTINCTIVE_SIMILARITY: number = DISTINCTIVE_PAIR_MIN_SIMILARITY;

/**
 * Whether any record the candidate search can reach may hold a distinctive pair for this query:
 * some non-generic query token (or two adjacent ones written together) has a close non-generic
 * spelling in the vocabulary, or is two known tokens typed without a space. Without one, every
 * score is capped at GENERIC_ONLY_SCORE_CAP (most new trade names: a coined brand plus generic
 * trade words), and a search for more needs no candidates at all. Spellings further than one edit
 * and not sharing a phonetic key are not looked for here, as candidate generation never looks for
 * them either: before, such a record was scored only when the generic words of the query happened
 * to reach it (the first records of a long postings list), which was chance, not recall.
 */
export function queryMayMatchDistinctively(
  query: readonly QueryToken[],
  tokens: QueryTokens,
  tokenGeneric: Uint8Array,
): boolean {
  for (const q of query) {
    if (!q.generic && hasDistinctiveExpansion(q, tokenGeneric)) return true;
  }
  for (let i = 0; i + 1 < query.length; i++) {
    if (
      !query[i].generic &&
      !query[i + 1].generic &&
      hasDistinctiveExpansion(tokens.get(query[i].text + query[i + 1].text), tokenGeneric)
    ) {
      return true;
    }
  }
  return false;
}

function hasDistinctiveExpansion(q: QueryToken, tokenGeneric: Uint8Array): boolean {
  if (q.splits.length > 0) return true;
  for (let e = 0; e < q.expansionIds.length; e++) {
    if (q.expansionSimilarities[e] >= DISTINCTIVE_SIMILARITY && tokenGeneric[q.expansionIds[e]] === 0)
      return true;
  }
  return false;
}

/** Every query token is in the vocabulary: the query may be some record's exact tokens. */
export function allTokensKnown(query: readonly QueryToken[]): boolean {
  for (const q of query) {
    if (q.exact === NOT_IN_VOCABULARY) return false;
  }
  return true;
}
