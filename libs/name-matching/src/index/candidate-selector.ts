import { CANDIDATE_LIMITS } from '../name-matching.constants';
import { BestRecordSelector } from './best-record.selector';
import type { HashedMultiMap } from './hashed-multi-map';
import type { NameIndexData, SmallIds } from './name-index-data';
import { QueryExpansions } from './query-expansions';
import type { QueryToken } from './query-token.model';
import { tokenPairKeyHash } from './string-hash.util';

const {
  longPostingsList: LONG_POSTINGS_LIST,
  postingsBudget: POSTINGS_BUDGET,
  scoredRecords: SCORED_RECORDS,
} = CANDIDATE_LIMITS;
/** Records kept after the walk over rare tokens, before common tokens are counted. */
const PRESELECTED = 48;
/** Records taken from one pair of common tokens. */
const PAIR_SAMPLE = 64;
/** Records sampled when a query consists of common tokens only and no pair of them is indexed. */
const COMMON_ONLY_SAMPLE = 64;
/** Marks a record as a candidate of the second selection pass in its gain slot (gains are never negative). */
const CANDIDATE = -1;

/**
 * Chooses the records of a search worth a full score, in three passes over bounded work, without
 * scanning the list:
 * 1. walk the postings of rare query-token expansions (rarest first, within POSTINGS_BUDGET)
 *    and keep the PRESELECTED best by approximate score;
 * 2. add records holding two common query tokens together (pair index);
 * 3. add the gains of common tokens to those records only, and keep the SCORED_RECORDS best.
 * Common tokens have low weights, so a record whose other tokens are common already ranks
 * high after pass 1; that is what keeps pass 3 to a few dozen records.
 *
 * Its working sets are typed arrays it owns (searches are synchronous: one selector per index).
 */
export class CandidateSelector {
  /** The records select() chose, best approximate score first. */
  readonly selectedRecords = new Int32Array(SCORED_RECORDS);
  private readonly expansions: QueryExpansions;
  private readonly best = new BestRecordSelector(POSTINGS_BUDGET, PRESELECTED);
  /** Records the postings walk reached (their gains are reset after it). */
  private readonly touched = new Int32Array(POSTINGS_BUDGET);
  private touchedCount = 0;
  private readonly deferredGain: Float32Array;
  /** Candidate records of the second selection pass, grown when a query adds many. */
  private candidates = new Int32Array(4 * PRESELECTED);
  private candidateCount = 0;
  private readonly tokenWeights: Float32Array;
  private readonly entryKinds: SmallIds;
  private readonly recordEntry: Int32Array;
  private readonly recordStart: Int32Array;
  private readonly recordTokens: Int32Array;
  /** See NameIndexData.gainAndWeight: [2r] the gain of the current search, [2r + 1] the record's weight. */
  private readonly gainAndWeight: Float32Array;
  private readonly postingsStart: Int32Array;
  private readonly postings: Int32Array;
  private readonly byTokenPair: HashedMultiMap;

  constructor(data: NameIndexData) {
    ({
      tokenWeights: this.tokenWeights,
      entryKinds: this.entryKinds,
      recordEntry: this.recordEntry,
      recordStart: this.recordStart,
      recordTokens: this.recordTokens,
      gainAndWeight: this.gainAndWeight,
      postingsStart: this.postingsStart,
      postings: this.postings,
      byTokenPair: this.byTokenPair,
    } = data);
    this.deferredGain = new Float32Array(data.vocabulary.length);
    this.expansions = new QueryExpansions(data.postingsStart);
  }

  /** Writes the chosen records to selectedRecords, best approximate score first; returns how many. */
  select(query: readonly QueryToken[], kindFilter: number | undefined): number {
    const expansionCount = this.expansions.collect(query);
    let queryWeight = 0;
    for (const q of query) queryWeight += q.weight;
    const deferredCount = this.walkRarePostings(query, expansionCount, kindFilter);
    const gainAndWeight = this.gainAndWeight;
    const touched = this.touched;
    const touchedCount = this.touchedCount;
    const preselected = this.best.select(touched, touchedCount, gainAndWeight, queryWeight, PRESELECTED);
    for (let k = 0; k < touchedCount; k++) gainAndWeight[2 * touched[k]] = 0;
    const hasSplits = query.some((q) => q.splits.length > 0);
    if (deferredCount === 0 && !hasSplits) {
      const count = Math.min(preselected, SCORED_RECORDS);
      this.selectedRecords.set(this.best.rankedRecords.subarray(0, count));
      return count;
    }

    this.candidateCount = 0;
    for (let k = 0; k < preselected; k++) {
      const record = this.best.rankedRecords[k];
      gainAndWeight[2 * record] = CANDIDATE;
      this.pushCandidate(record);
    }
    this.addPairCandidates(query, expansionCount, deferredCount, kindFilter);
    return this.rankCandidates(query, expansionCount, queryWeight);
  }

  /**
   * Pass 1: adds each walked expansion's gain to the records of its postings (noting them in
   * `touched`), and defers the expansions whose postings are too long or over the budget. Returns
   * how many were deferred (written to the expansions' deferredList).
   */
  private walkRarePostings(
    query: readonly QueryToken[],
    expansionCount: number,
    kindFilter: number | undefined,
  ): number {
    const {
      queryToken: expansionQuery,
      token: expansionToken,
      similarity: expansionSimilarity,
      postingsLength: expansionLength,
      deferred: expansionDeferred,
      deferredList: deferred,
    } = this.expansions;
    const postingsStart = this.postingsStart;
    const postings = this.postings;
    const tokenWeights = this.tokenWeights;
    const gainAndWeight = this.gainAndWeight;
    const touched = this.touched;
    let touchedCount = 0;
    let budget: number = POSTINGS_BUDGET;
    let deferredCount = 0;
    for (let e = 0; e < expansionCount; e++) {
      const df = expansionLength[e];
      const tokenId = expansionToken[e];
      if (df > LONG_POSTINGS_LIST || df > budget) {
        expansionDeferred[e] = 1;
        deferred[deferredCount++] = e;
        continue;
      }
      expansionDeferred[e] = 0;
      budget -= df;
      const gain = expansionSimilarity[e] * (query[expansionQuery[e]].weight + tokenWeights[tokenId]);
      const end = postingsStart[tokenId + 1];
      if (kindFilter === undefined) {
        for (let p = postingsStart[tokenId]; p < end; p++) {
          const record = postings[p];
          if (gainAndWeight[2 * record] === 0) touched[touchedCount++] = record;
          gainAndWeight[2 * record] += gain;
        }
      } else {
        for (let p = postingsStart[tokenId]; p < end; p++) {
          const record = postings[p];
          if (this.entryKinds[this.recordEntry[record]] !== kindFilter) continue;
          if (gainAndWeight[2 * record] === 0) touched[touchedCount++] = record;
          gainAndWeight[2 * record] += gain;
        }
      }
    }
    this.touchedCount = touchedCount;
    return deferredCount;
  }

  /**
   * Pass 2: records holding a common query token together with another query token, through the
   * pair index; records holding both halves of a query token that is two names typed without a
   * space; and, when that finds nothing, a sample of the rarest common token's records.
   */
  private addPairCandidates(
    query: readonly QueryToken[],
    expansionCount: number,
    deferredCount: number,
    kindFilter: number | undefined,
  ): void {
    const {
      queryToken: expansionQuery,
      token: expansionToken,
      deferred: expansionDeferred,
    } = this.expansions;
    const pairableCount = this.expansions.choosePairable(query, expansionCount, deferredCount);
    const pairs = this.expansions.pairable;
    for (let a = 0; a < pairableCount; a++) {
      for (let b = a + 1; b < pairableCount; b++) {
        const first = pairs[a];
        const second = pairs[b];
        if (
          expansionQuery[first] === expansionQuery[second] ||
          (expansionDeferred[first] === 0 && expansionDeferred[second] === 0)
        )
          continue;
        this.addSampledCandidates(
          this.byTokenPair.getByHash(tokenPairKeyHash(expansionToken[first], expansionToken[second])),
          kindFilter,
        );
      }
    }
    for (const q of query) {
      for (const [left, right] of q.splits) {
        this.addSampledCandidates(this.byTokenPair.getByHash(tokenPairKeyHash(left, right)), kindFilter);
      }
    }
    if (this.candidateCount === 0 && deferredCount > 0) {
      // Every query token is common and no record holds two of them: a name this unspecific
      // matches thousands of records equally, so only a sample of the rarest list is scored.
      const tokenId = expansionToken[this.expansions.deferredList[0]];
      const start = this.postingsStart[tokenId];
      this.addSampledCandidates(
        this.postings.subarray(start, Math.min(this.postingsStart[tokenId + 1], start + COMMON_ONLY_SAMPLE)),
        kindFilter,
      );
    }
  }

  /**
   * Pass 3: the full approximate score of each candidate (every query token's best gain within the
   * record) and the SCORED_RECORDS best of them, written to selectedRecords; returns how many.
   */
  private rankCandidates(query: readonly QueryToken[], expansionCount: number, queryWeight: number): number {
    const {
      queryToken: expansionQuery,
      token: expansionToken,
      similarity: expansionSimilarity,
    } = this.expansions;
    const tokenWeights = this.tokenWeights;
    const gainAndWeight = this.gainAndWeight;
    const gains = this.deferredGain;
    for (let e = 0; e < expansionCount; e++) {
      const gain =
        expansionSimilarity[e] * (query[expansionQuery[e]].weight + tokenWeights[expansionToken[e]]);
      if (gain > gains[expansionToken[e]]) gains[expansionToken[e]] = gain;
    }
    for (const q of query) {
      for (const [left, right] of q.splits) {
        gains[left] = Math.max(gains[left], (q.weight + tokenWeights[left]) / 2);
        gains[right] = Math.max(gains[right], (q.weight + tokenWeights[right]) / 2);
      }
    }
    const candidates = this.candidates;
    const candidateCount = this.candidateCount;
    const recordStart = this.recordStart;
    const recordTokens = this.recordTokens;
    for (let k = 0; k < candidateCount; k++) {
      const record = candidates[k];
      let sum = 0;
      for (let p = recordStart[record], end = recordStart[record + 1]; p < end; p++)
        sum += gains[recordTokens[p]];
      gainAndWeight[2 * record] = sum;
    }
    for (let e = 0; e < expansionCount; e++) gains[expansionToken[e]] = 0;
    for (const q of query) {
      for (const [left, right] of q.splits) gains[left] = gains[right] = 0;
    }
    const count = this.best.select(candidates, candidateCount, gainAndWeight, queryWeight, SCORED_RECORDS);
    for (let k = 0; k < candidateCount; k++) gainAndWeight[2 * candidates[k]] = 0;
    this.selectedRecords.set(this.best.rankedRecords.subarray(0, count));
    return count;
  }

  private pushCandidate(record: number): void {
    if (this.candidateCount === this.candidates.length) {
      const grown = new Int32Array(this.candidates.length * 2);
      grown.set(this.candidates);
      this.candidates = grown;
    }
    this.candidates[this.candidateCount++] = record;
  }

  /** Adds the first PAIR_SAMPLE records of a list that are not candidates yet (and are of the kind asked for). */
  private addSampledCandidates(records: Int32Array, kindFilter: number | undefined): void {
    const gainAndWeight = this.gainAndWeight;
    for (let k = 0, end = Math.min(records.length, PAIR_SAMPLE); k < end; k++) {
      const record = records[k];
      if (
        gainAndWeight[2 * record] !== CANDIDATE &&
        (kindFilter === undefined || this.entryKinds[this.recordEntry[record]] === kindFilter)
      ) {
        gainAndWeight[2 * record] = CANDIDATE;
        this.pushCandidate(record);
      }
    }
  }
}
