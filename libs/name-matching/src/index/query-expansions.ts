import type { QueryToken } from './query-token.model';

/** Only close spellings of common tokens are combined into pair lookups (keeps the lookups few). */
const PAIRABLE_SIMILARITY = 0.9;
/** Common spellings of one query token combined into pair lookups. */
const COMMON_PAIRABLE_PER_TOKEN = 3;

/**
 * The expansions of one query (query token, vocabulary token, similarity, postings length), rarest
 * vocabulary token first, in typed arrays that are reused from search to search and grown when a
 * query has more. `deferred` and `deferredList` are left for the candidate selection to fill.
 */
export class QueryExpansions {
  queryToken = new Int32Array(64);
  token = new Int32Array(64);
  similarity = new Float64Array(64);
  postingsLength = new Int32Array(64);
  /** 1 for expansions whose postings were too long to walk ("common" tokens). */
  deferred = new Uint8Array(64);
  /** The deferred expansions, in order. */
  deferredList = new Int32Array(64);

  /** Expansions chosen for pair lookups (see choosePairable). */
  pairable = new Int32Array(64);

  constructor(private readonly postingsStart: Int32Array) {}

  /**
   * Writes every expansion of the query's tokens, rarest vocabulary token first (ties by token id,
   * then query order: a stable sort). Returns how many.
   */
  collect(query: readonly QueryToken[]): number {
    let needed = 0;
    for (const q of query) needed += q.expansionIds.length;
    if (this.queryToken.length < needed) this.grow(needed * 2);
    const expansionQuery = this.queryToken;
    const expansionToken = this.token;
    const expansionSimilarity = this.similarity;
    const expansionLength = this.postingsLength;
    const postingsStart = this.postingsStart;
    let count = 0;
    for (let queryToken = 0; queryToken < query.length; queryToken++) {
      const { expansionIds, expansionSimilarities } = query[queryToken];
      for (let k = 0; k < expansionIds.length; k++) {
        const tokenId = expansionIds[k];
        const length = postingsStart[tokenId + 1] - postingsStart[tokenId];
        const similarity = expansionSimilarities[k];
        // Insertion sort: a query has a few dozen expansions at most.
        let e = count++;
        while (
          e > 0 &&
          (expansionLength[e - 1] > length ||
            (expansionLength[e - 1] === length && expansionToken[e - 1] > tokenId))
        ) {
          expansionQuery[e] = expansionQuery[e - 1];
          expansionToken[e] = expansionToken[e - 1];
          expansionSimilarity[e] = expansionSimilarity[e - 1];
          expansionLength[e] = expansionLength[e - 1];
          e--;
        }
        expansionQuery[e] = queryToken;
        expansionToken[e] = tokenId;
        expansionSimilarity[e] = similarity;
        expansionLength[e] = length;
      }
    }
    return count;
  }

  /**
   * Chooses the expansions the candidate selection combines into pair lookups, written to
   * `pairable` (returns how many): per distinctive query token its closest common spellings and its
   * closest spelling. Reads the deferred expansions the selection wrote.
   */
  choosePairable(query: readonly QueryToken[], expansionCount: number, deferredCount: number): number {
    const expansionQuery = this.queryToken;
    const expansionSimilarity = this.similarity;
    const deferred = this.deferredList;
    if (this.pairable.length < expansionCount) this.pairable = new Int32Array(expansionCount);
    const pairable = this.pairable;
    let pairableCount = 0;
    for (let queryToken = 0; queryToken < query.length; queryToken++) {
      if (query[queryToken].generic) continue;
      let closest = -1;
      let commonTaken = 0;
      // Deferred expansions first, then the walked ones: on equal similarity the first one seen stays closest.
      for (let d = 0; d < deferredCount; d++) {
        const e = deferred[d];
        if (expansionQuery[e] !== queryToken || expansionSimilarity[e] < PAIRABLE_SIMILARITY) continue;
        if (closest < 0 || expansionSimilarity[e] > expansionSimilarity[closest]) closest = e;
      }
      for (let e = 0; e < expansionCount; e++) {
        if (expansionQuery[e] !== queryToken || expansionSimilarity[e] < PAIRABLE_SIMILARITY) continue;
        if (closest < 0 || expansionSimilarity[e] > expansionSimilarity[closest]) closest = e;
      }
      for (let d = 0; d < deferredCount; d++) {
        const e = deferred[d];
        if (
          expansionQuery[e] === queryToken &&
          expansionSimilarity[e] >= PAIRABLE_SIMILARITY &&
          e !== closest &&
          commonTaken < COMMON_PAIRABLE_PER_TOKEN
        ) {
          pairable[pairableCount++] = e;
          commonTaken++;
        }
      }
      if (closest >= 0) pairable[pairableCount++] = closest;
    }
    return pairableCount;
  }

  private grow(capacity: number): void {
    this.queryToken = new Int32Array(capacity);
    this.token = new Int32Array(capacity);
    this.similarity = new Float64Array(capacity);
    this.postingsLength = new Int32Array(capacity);
    this.deferred = new Uint8Array(capacity);
    this.deferredList = new Int32Array(capacity);
  }
}
