import {
  DISTINCTIVE_PAIR_MIN_SIMILARITY,
  GENERIC_ONLY_SCORE_CAP,
  UNMATCHED_CANDIDATE_WEIGHT_FACTOR,
} from '../name-matching.constants';
import { joinedSimilarityAboveFloor } from '../similarity/token-similarity.util';
import type { QueryToken } from './query-token.model';
import { RecordReader } from './record-reader';

/** Joined-token options (see scoreTokenSequences) pair tokens whose lengths differ by at most this. */
export const MAX_JOINED_LENGTH_DIFFERENCE = 2;
/** Imported constants read into locals once: the hot loops then read plain module constants. */
const GENERIC_CAP: number = GENERIC_ONLY_SCORE_CAP;
const DISTINCTIVE_SIMILARITY: number = DISTINCTIVE_PAIR_MIN_SIMILARITY;
const UNMATCHED_FACTOR: number = UNMATCHED_CANDIDATE_WEIGHT_FACTOR;

/**
 * An upper bound of a record's score (scoreTokenSequences), at a fraction of its cost (no sorting,
 * no pair objects), so that a search scores in full only the records that may reach its minimum.
 * Its scratch tables are owned and grown here (searches are synchronous: one set per index).
 */
export class UpperBoundScorer extends RecordReader {
  /** Per record: similarities of query tokens to record tokens, single and written together. */
  private pairSimilarities = new Float64Array(64);
  private queryJoinedSimilarities = new Float64Array(64);
  private recordJoinedSimilarities = new Float64Array(64);
  private queryBest = new Float64Array(16);
  private candidateBest = new Float64Array(16);

  /**
   * scoreTokenSequences pairs tokens one to one, so a matched pair adds at most (its similarity) *
   * (query weight + candidate weight); the bound lets every token take its best similarity on its
   * own (a joined pair's similarity counts for each of its tokens), and charges only unmatchable
   * candidate tokens, at their unmatched cost. Adding a matchable candidate token raises the ratio
   * (its similarity is at least the floor, so 2 * similarity > 1 >= score), which makes the bound
   * hold for whichever tokens the greedy assignment ends up matching; the order penalty only lowers
   * it. When no distinctive pair (non-generic on both sides, at least DISTINCTIVE_PAIR_MIN_SIMILARITY
   * similar) is possible at all and the names are not the same tokens, the generic-only cap bounds
   * the score as well.
   */
  bound(query: readonly QueryToken[], record: number): number {
    const start = this.recordStart[record];
    const nc = this.recordStart[record + 1] - start;
    const nq = query.length;
    this.growPairScratch(nq, nc);
    const single = this.pairSimilarities;
    const queryJoined = this.queryJoinedSimilarities;
    const recordJoined = this.recordJoinedSimilarities;
    const tokens = this.recordTokens;
    const generic = this.tokenGeneric;
    // Every similarity the bound needs is taken once, in three tables, noting on the way whether
    // some pair is distinctive.
    let distinctive = false;
    for (let i = 0; i < nq; i++) {
      const q = query[i];
      for (let j = 0; j < nc; j++) {
        const id = tokens[start + j];
        const similarity = this.queryTokens.similarityTo(q, id);
        single[i * nc + j] = similarity;
        if (similarity >= DISTINCTIVE_SIMILARITY && !q.generic && generic[id] === 0) distinctive = true;
      }
    }
    for (let i = 0; i + 1 < nq; i++) {
      const first = query[i];
      const second = query[i + 1];
      const mask = first.mask | second.mask;
      const joinedLength = first.text.length + second.text.length;
      const distinctiveSide = !first.generic && !second.generic;
      for (let j = 0; j < nc; j++) {
        const id = tokens[start + j];
        const similarity =
          Math.abs(this.tokenLengths[id] - joinedLength) > MAX_JOINED_LENGTH_DIFFERENCE
            ? 0
            : joinedSimilarityAboveFloor(
                first.text,
                second.text,
                mask,
                this.vocabulary[id],
                this.tokenMasks[id],
                false,
              );
        queryJoined[i * nc + j] = similarity;
        if (similarity >= DISTINCTIVE_SIMILARITY && distinctiveSide && generic[id] === 0) distinctive = true;
      }
    }
    for (let j = 0; j + 1 < nc; j++) {
      const first = tokens[start + j];
      const second = tokens[start + j + 1];
      const mask = this.tokenMasks[first] | this.tokenMasks[second];
      const joinedLength = this.tokenLengths[first] + this.tokenLengths[second];
      const distinctiveSide = generic[first] === 0 && generic[second] === 0;
      for (let i = 0; i < nq; i++) {
        const q = query[i];
        const similarity =
          Math.abs(q.text.length - joinedLength) > MAX_JOINED_LENGTH_DIFFERENCE
            ? 0
            : joinedSimilarityAboveFloor(
                this.vocabulary[first],
                this.vocabulary[second],
                mask,
                q.text,
                q.mask,
                true,
              );
        recordJoined[j * nq + i] = similarity;
        if (similarity >= DISTINCTIVE_SIMILARITY && distinctiveSide && !q.generic) distinctive = true;
      }
    }
    if (!distinctive && !this.sameTokens(query, start, nc)) {
      // scoreTokenSequences caps a match without a distinctive pair, unless the names are the same tokens in order.
      return GENERIC_CAP;
    }
    return this.boundFromTables(query, start, nc);
  }

  /** The bound from the three similarity tables bound() filled: every token at its best similarity. */
  private boundFromTables(query: readonly QueryToken[], start: number, nc: number): number {
    const nq = query.length;
    const single = this.pairSimilarities;
    const queryJoined = this.queryJoinedSimilarities;
    const recordJoined = this.recordJoinedSimilarities;
    const tokens = this.recordTokens;
    const queryBest = this.queryBest;
    const candidateBest = this.candidateBest;
    candidateBest.fill(0, 0, nc);
    for (let i = 0; i < nq; i++) {
      let bestSimilarity = 0;
      for (let j = 0; j < nc; j++) {
        const similarity = single[i * nc + j];
        if (similarity > bestSimilarity) bestSimilarity = similarity;
        if (similarity > candidateBest[j]) candidateBest[j] = similarity;
      }
      queryBest[i] = bestSimilarity;
    }
    for (let i = 0; i + 1 < nq; i++) {
      for (let j = 0; j < nc; j++) {
        const similarity = queryJoined[i * nc + j];
        if (similarity === 0) continue;
        if (similarity > queryBest[i]) queryBest[i] = similarity;
        if (similarity > queryBest[i + 1]) queryBest[i + 1] = similarity;
        if (similarity > candidateBest[j]) candidateBest[j] = similarity;
      }
    }
    for (let j = 0; j + 1 < nc; j++) {
      for (let i = 0; i < nq; i++) {
        const similarity = recordJoined[j * nq + i];
        if (similarity === 0) continue;
        if (similarity > queryBest[i]) queryBest[i] = similarity;
        if (similarity > candidateBest[j]) candidateBest[j] = similarity;
        if (similarity > candidateBest[j + 1]) candidateBest[j + 1] = similarity;
      }
    }
    let matched = 0;
    let total = 0;
    for (let i = 0; i < nq; i++) {
      matched += queryBest[i] * query[i].weight;
      total += query[i].weight;
    }
    for (let j = 0; j < nc; j++) {
      const id = tokens[start + j];
      if (candidateBest[j] > 0) {
        matched += candidateBest[j] * this.tokenWeights[id];
        total += this.tokenWeights[id];
      } else {
        total += this.tokenRarity[id] * UNMATCHED_FACTOR;
      }
    }
    return total > 0 ? matched / total : 0;
  }

  /** Scratch tables, grown to the longest query and record seen. */
  private growPairScratch(nq: number, nc: number): void {
    if (this.pairSimilarities.length < nq * nc) {
      this.pairSimilarities = new Float64Array(nq * nc * 2);
      this.queryJoinedSimilarities = new Float64Array(nq * nc * 2);
      this.recordJoinedSimilarities = new Float64Array(nq * nc * 2);
    }
    if (this.queryBest.length < nq) this.queryBest = new Float64Array(nq * 2);
    if (this.candidateBest.length < nc) this.candidateBest = new Float64Array(nc * 2);
  }

  /** The query is the record's tokens in the record's order. */
  private sameTokens(query: readonly QueryToken[], start: number, nc: number): boolean {
    if (query.length !== nc) return false;
    for (let i = 0; i < nc; i++) {
      if (query[i].exact !== this.recordTokens[start + i]) return false;
    }
    return true;
  }
}
