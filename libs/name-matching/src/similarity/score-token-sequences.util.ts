import {
  DISTINCTIVE_PAIR_MIN_SIMILARITY,
  GENERIC_ONLY_SCORE_CAP,
  ORDER_PENALTY,
  TOKEN_MATCH_FLOOR,
  UNMATCHED_CANDIDATE_WEIGHT_FACTOR,
} from '../name-matching.constants';
import type { NameMatchExplanation, TokenPairExplanation } from '../name-matching.types';

export interface WeightedTokenSequence {
  readonly tokens: readonly string[];
  readonly weights: ArrayLike<number>;
  readonly generic: ArrayLike<boolean>;
  /**
   * What each token costs a candidate when it stays unmatched (before UNMATCHED_CANDIDATE_WEIGHT_FACTOR);
   * `weights` when absent. A list index passes the token's rarity without the generic-word discount:
   * a listed name that differs from generic traffic by one rare word (GOLDEN ROUTE TRANSPORT) must not
   * match the traffic name without it.
   */
  readonly unmatchedWeights?: ArrayLike<number>;
}

/** Similarity of query token i and candidate token j (the caller caches and knows phonetic keys). */
export type TokenPairSimilarity = (queryIndex: number, candidateIndex: number) => number;

/**
 * Similarity of two adjacent tokens written together to one token of the other name ("ABDUL RAHMAN"
 * vs "ABDULRAHMAN"): tokens `from` and `from + 1` of the query, or of the candidate when
 * `joinedIsCandidate`, against token `other` of the other name; the joined string comes first, as
 * in spellingSimilarityAboveFloor(joined, other). Positions, not strings, so that the caller can use
 * what it knows of each token.
 */
export type JoinedSimilarity = (joinedIsCandidate: boolean, from: number, other: number) => number;

/** The outcome of scoring one query name against one candidate name; `explainSequenceMatch` turns it into words. */
export interface SequenceMatch {
  readonly score: number;
  readonly pairs: readonly MatchedPair[];
  readonly queryUsed: Uint8Array;
  readonly candidateUsed: Uint8Array;
  readonly orderAgreement: number;
  readonly genericOnlyCapApplied: boolean;
  /** Set by the index when the listed name is a weak one-word name (see NameMatchExplanation). */
  readonly oneWordCapApplied?: boolean;
}

export interface MatchedPair {
  readonly q: number;
  /** Last query token of a joined pair (q when not joined). */
  readonly qEnd: number;
  readonly c: number;
  readonly cEnd: number;
  readonly similarity: number;
}

/**
 * Scores a query name against one candidate name.
 * 1. Token pairs at least TOKEN_MATCH_FLOOR similar are assigned greedily, most similar first
 *    (ties by position, so the result is deterministic). Two adjacent tokens of one side written
 *    together compete as one token ("ABDUL RAHMAN" / "ABDULRAHMAN").
 * 2. score = sum(similarity * (query weight + candidate weight)) / (all query + candidate weights):
 *    a weighted Dice coefficient, so unmatched rare tokens on either side pull the score down
 *    and generic (low-weight) tokens barely move it. Unmatched candidate tokens weigh
 *    UNMATCHED_CANDIDATE_WEIGHT_FACTOR of their unmatched weight: lists spell names in full (middle
 *    names, patronymics), trade documents rarely do, while an extra word in the query is real disagreement.
 * 3. Matched tokens in a different order lose up to ORDER_PENALTY, unless both names are the same
 *    tokens: a name is the same name whichever part comes first (surname-first cultures, lists that
 *    file "MUKULU, Jamil"), while in a partial or approximate match the order is part of the evidence.
 * 4. Without one distinctive (non-generic on both sides) strong pair the score is capped at
 *    GENERIC_ONLY_SCORE_CAP, unless both names are the same tokens in the same order.
 */
export function scoreTokenSequences(
  query: WeightedTokenSequence,
  candidate: WeightedTokenSequence,
  pairSimilarity: TokenPairSimilarity,
  joinedSimilarity: JoinedSimilarity,
): SequenceMatch {
  const nq = query.tokens.length;
  const nc = candidate.tokens.length;
  const options: MatchedPair[] = [];
  for (let i = 0; i < nq; i++) {
    for (let j = 0; j < nc; j++) {
      const similarity = pairSimilarity(i, j);
      if (similarity >= TOKEN_MATCH_FLOOR) {
        options.push({ q: i, qEnd: i, c: j, cEnd: j, similarity });
      }
    }
  }
  addJoinedOptions(query.tokens, candidate.tokens, joinedSimilarity, options, false);
  addJoinedOptions(candidate.tokens, query.tokens, joinedSimilarity, options, true);
  // Insertion sorts (stable, as Array.prototype.sort is): a name has a few dozen options at most,
  // and a comparator called through sort costs more than the sorting itself.
  for (let k = 1; k < options.length; k++) {
    const option = options[k];
    let position = k;
    while (position > 0 && compareOptions(options[position - 1], option) > 0) {
      options[position] = options[position - 1];
      position--;
    }
    options[position] = option;
  }
  const queryUsed = new Uint8Array(nq);
  const candidateUsed = new Uint8Array(nc);
  const pairs: MatchedPair[] = [];
  for (const option of options) {
    if (
      queryUsed[option.q] === 0 &&
      queryUsed[option.qEnd] === 0 &&
      candidateUsed[option.c] === 0 &&
      candidateUsed[option.cEnd] === 0
    ) {
      queryUsed[option.q] = queryUsed[option.qEnd] = 1;
      candidateUsed[option.c] = candidateUsed[option.cEnd] = 1;
      pairs.push(option);
    }
  }

  let totalWeight = 0;
  for (let i = 0; i < nq; i++) totalWeight += query.weights[i];
  const unmatchedWeights = candidate.unmatchedWeights ?? candidate.weights;
  for (let j = 0; j < nc; j++) {
    totalWeight +=
      candidateUsed[j] === 1 ? candidate.weights[j] : unmatchedWeights[j] * UNMATCHED_CANDIDATE_WEIGHT_FACTOR;
  }
  let matchedWeight = 0;
  let distinctive = false;
  for (let k = 1; k < pairs.length; k++) {
    const pair = pairs[k];
    let position = k;
    while (position > 0 && pairs[position - 1].q > pair.q) {
      pairs[position] = pairs[position - 1];
      position--;
    }
    pairs[position] = pair;
  }
  for (const pair of pairs) {
    const weight = pairWeight(query, candidate, pair);
    let generic = false;
    for (let i = pair.q; i <= pair.qEnd; i++) generic = generic || query.generic[i];
    for (let j = pair.c; j <= pair.cEnd; j++) generic = generic || candidate.generic[j];
    matchedWeight += pair.similarity * weight;
    distinctive = distinctive || (!generic && pair.similarity >= DISTINCTIVE_PAIR_MIN_SIMILARITY);
  }

  const orderAgreement = orderAgreementOf(pairs);
  const orderPenalty = allUsed(queryUsed) && allUsed(candidateUsed) && allExact(pairs) ? 0 : ORDER_PENALTY;
  let score = totalWeight > 0 ? (matchedWeight / totalWeight) * (1 - orderPenalty * (1 - orderAgreement)) : 0;
  const identical = nq > 0 && nq === nc && query.tokens.every((t, i) => t === candidate.tokens[i]);
  const genericOnlyCapApplied = !distinctive && !identical && score > GENERIC_ONLY_SCORE_CAP;
  if (genericOnlyCapApplied) {
    score = GENERIC_ONLY_SCORE_CAP;
  }
  return {
    score: round(Math.min(1, score)),
    pairs,
    queryUsed,
    candidateUsed,
    orderAgreement,
    genericOnlyCapApplied,
  };
}

/** The per-token account of a match, for the officer reading the alert. */
export function explainSequenceMatch(
  query: WeightedTokenSequence,
  candidate: WeightedTokenSequence,
  match: SequenceMatch,
): NameMatchExplanation {
  return {
    queryTokens: query.tokens,
    candidateTokens: candidate.tokens,
    pairs: match.pairs.map((pair): TokenPairExplanation => ({
      queryToken: query.tokens.slice(pair.q, pair.qEnd + 1).join(' '),
      candidateToken: candidate.tokens.slice(pair.c, pair.cEnd + 1).join(' '),
      similarity: round(pair.similarity),
      weight: round(pairWeight(query, candidate, pair)),
    })),
    unmatchedQueryTokens: query.tokens.filter((_t, i) => match.queryUsed[i] === 0),
    unmatchedCandidateTokens: candidate.tokens.filter((_t, j) => match.candidateUsed[j] === 0),
    orderAgreement: round(match.orderAgreement),
    genericOnlyCapApplied: match.genericOnlyCapApplied,
    ...(match.oneWordCapApplied === true ? { oneWordCapApplied: true } : {}),
  };
}

/** Most similar first, then joined pairs, then pairs at closer positions, then by position. */
function compareOptions(a: MatchedPair, b: MatchedPair): number {
  return (
    b.similarity - a.similarity ||
    b.qEnd - b.q + (b.cEnd - b.c) - (a.qEnd - a.q + (a.cEnd - a.c)) ||
    Math.abs(a.q - a.c) - Math.abs(b.q - b.c) ||
    a.q - b.q ||
    a.c - b.c
  );
}

function pairWeight(
  query: WeightedTokenSequence,
  candidate: WeightedTokenSequence,
  pair: MatchedPair,
): number {
  let weight = 0;
  for (let i = pair.q; i <= pair.qEnd; i++) weight += query.weights[i];
  for (let j = pair.c; j <= pair.cEnd; j++) weight += candidate.weights[j];
  return weight;
}

/** Options pairing two adjacent tokens of one side, written together, with one token of the other. */
function addJoinedOptions(
  joinSide: readonly string[],
  otherSide: readonly string[],
  joinedSimilarity: JoinedSimilarity,
  options: MatchedPair[],
  joinSideIsCandidate: boolean,
): void {
  for (let i = 0; i + 1 < joinSide.length; i++) {
    const joinedLength = joinSide[i].length + joinSide[i + 1].length;
    for (let j = 0; j < otherSide.length; j++) {
      if (Math.abs(otherSide[j].length - joinedLength) > 2) {
        continue;
      }
      const similarity = joinedSimilarity(joinSideIsCandidate, i, j);
      if (similarity >= TOKEN_MATCH_FLOOR) {
        options.push(
          joinSideIsCandidate
            ? { q: j, qEnd: j, c: i, cEnd: i + 1, similarity }
            : { q: i, qEnd: i + 1, c: j, cEnd: j, similarity },
        );
      }
    }
  }
}

function allExact(pairs: readonly MatchedPair[]): boolean {
  for (const pair of pairs) if (pair.similarity < 1) return false;
  return true;
}

function allUsed(used: Uint8Array): boolean {
  for (let k = 0; k < used.length; k++) if (used[k] === 0) return false;
  return true;
}

/** 1 - (inversions / possible inversions) of the candidate positions taken in query order. */
function orderAgreementOf(pairsInQueryOrder: readonly MatchedPair[]): number {
  const n = pairsInQueryOrder.length;
  if (n < 2) {
    return 1;
  }
  let inversions = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (pairsInQueryOrder[a].c > pairsInQueryOrder[b].c) {
        inversions++;
      }
    }
  }
  return 1 - inversions / ((n * (n - 1)) / 2);
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
