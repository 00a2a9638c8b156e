/** Buckets approximate scores are counted into to find the best ones (see BestRecordSelector.select). */
const SCORE_BUCKETS = 256;

/**
 * Picks the records with the highest approximate score for NameIndex's candidate selection, without
 * allocating: its working sets are typed arrays it owns and grows (searches are synchronous, so one
 * selector per index is enough). The result is read from `rankedRecords` (and `rankedScores`).
 */
export class BestRecordSelector {
  /** Records that may make the cut, their scores and score buckets. */
  private keptRecords: Int32Array;
  private keptScores: Float64Array;
  private keptBuckets: Uint8Array;
  private readonly bucketCounts = new Int32Array(SCORE_BUCKETS);
  /** A bounded heap of the best records seen, the worst at its root. */
  private readonly heapRecords: Int32Array;
  private readonly heapScores: Float64Array;
  /** The records selected last, best first, and their approximate scores. */
  readonly rankedRecords: Int32Array;
  readonly rankedScores: Float64Array;

  /** `expectedCount`: records per selection the working sets start with; `maxLimit`: the largest limit asked for. */
  constructor(expectedCount: number, maxLimit: number) {
    this.keptRecords = new Int32Array(expectedCount);
    this.keptScores = new Float64Array(expectedCount);
    this.keptBuckets = new Uint8Array(expectedCount);
    this.heapRecords = new Int32Array(maxLimit);
    this.heapScores = new Float64Array(maxLimit);
    this.rankedRecords = new Int32Array(maxLimit);
    this.rankedScores = new Float64Array(maxLimit);
  }

  /**
   * The `limit` records (of `records[0..count)`) with the highest approximate score, gain / (query
   * weight + record weight), read from gainAndWeight ([2r] gain, [2r + 1] weight of record r),
   * written best first (ties by record) to rankedRecords; returns how many.
   *
   * Which records are kept is defined by a bounded heap fed in the given order: the worst kept
   * record sits at its root, and a record no better than the root of a full heap is passed over (so
   * between records of equal score at the cut, the earlier one stays). A record scoring below the
   * limit-th best score never changes what that heap ends up holding, so the scores are first
   * counted into buckets (monotone in the score), and only the records of the top buckets that
   * together hold `limit` records are fed to the heap; most often exactly `limit` of them, which
   * the heap would keep anyway. Comparison-heavy heap work mispredicts branches at every step;
   * the bucket passes do not.
   */
  select(
    records: Int32Array,
    count: number,
    gainAndWeight: Float32Array,
    queryWeight: number,
    limit: number,
  ): number {
    if (limit > this.heapRecords.length)
      throw new RangeError(`BestRecordSelector: limit ${limit} exceeds ${this.heapRecords.length}`);
    if (this.keptRecords.length < count) {
      this.keptRecords = new Int32Array(count * 2);
      this.keptScores = new Float64Array(count * 2);
      this.keptBuckets = new Uint8Array(count * 2);
    }
    const keptRecords = this.keptRecords;
    const keptScores = this.keptScores;
    const buckets = this.keptBuckets;
    if (count <= limit) {
      // All are kept: only their order is wanted.
      for (let k = 0; k < count; k++) {
        const record = records[k];
        keptRecords[k] = record;
        keptScores[k] = gainAndWeight[2 * record] / (queryWeight + gainAndWeight[2 * record + 1]);
      }
      this.rank(keptRecords, keptScores, count);
      return count;
    }
    const counts = this.bucketCounts;
    counts.fill(0);
    let highest = 0;
    for (let k = 0; k < count; k++) {
      const record = records[k];
      const score = gainAndWeight[2 * record] / (queryWeight + gainAndWeight[2 * record + 1]);
      keptScores[k] = score;
      const bucket = bucketOf(score);
      buckets[k] = bucket;
      counts[bucket]++;
      if (bucket > highest) highest = bucket;
    }
    // The lowest bucket that, with the buckets above it, holds `limit` records (0: all are kept).
    let lowest = highest;
    for (let held = counts[lowest]; held < limit && lowest > 0;) held += counts[--lowest];
    let kept = 0;
    for (let k = 0; k < count; k++) {
      if (buckets[k] >= lowest) {
        keptRecords[kept] = records[k];
        keptScores[kept] = keptScores[k];
        kept++;
      }
    }
    if (kept <= limit) {
      this.rank(keptRecords, keptScores, kept);
      return kept;
    }
    const heapRecords = this.heapRecords;
    const heapScores = this.heapScores;
    let size = 0;
    for (let k = 0; k < kept; k++) {
      const record = keptRecords[k];
      const score = keptScores[k];
      if (size < limit) {
        let position = size++;
        while (position > 0) {
          const parent = (position - 1) >> 1;
          if (!ranksBelow(score, record, heapScores[parent], heapRecords[parent])) break;
          heapScores[position] = heapScores[parent];
          heapRecords[position] = heapRecords[parent];
          position = parent;
        }
        heapScores[position] = score;
        heapRecords[position] = record;
      } else if (score > heapScores[0]) {
        siftDown(heapRecords, heapScores, size, record, score);
      }
    }
    this.rank(heapRecords, heapScores, size);
    return size;
  }

  /** Writes `count` records to rankedRecords best first: by score bucket, then an insertion pass. */
  private rank(records: Int32Array, scores: Float64Array, count: number): void {
    const counts = this.bucketCounts;
    let highest = 0;
    let lowest = SCORE_BUCKETS - 1;
    for (let k = 0; k < count; k++) {
      const bucket = bucketOf(scores[k]);
      if (bucket > highest) highest = bucket;
      if (bucket < lowest) lowest = bucket;
    }
    if (count > 0) counts.fill(0, lowest, highest + 1);
    for (let k = 0; k < count; k++) counts[bucketOf(scores[k])]++;
    // Bucket counts become the first position of each bucket, the highest bucket first (only the
    // buckets between the lowest and the highest one used are read below).
    for (let bucket = highest, position = 0; bucket >= lowest; bucket--) {
      const held = counts[bucket];
      counts[bucket] = position;
      position += held;
    }
    const rankedRecords = this.rankedRecords;
    const rankedScores = this.rankedScores;
    for (let k = 0; k < count; k++) {
      const position = counts[bucketOf(scores[k])]++;
      rankedRecords[position] = records[k];
      rankedScores[position] = scores[k];
    }
    for (let k = 1; k < count; k++) {
      const record = rankedRecords[k];
      const score = rankedScores[k];
      let position = k;
      while (
        position > 0 &&
        ranksBelow(rankedScores[position - 1], rankedRecords[position - 1], score, record)
      ) {
        rankedScores[position] = rankedScores[position - 1];
        rankedRecords[position] = rankedRecords[position - 1];
        position--;
      }
      rankedScores[position] = score;
      rankedRecords[position] = record;
    }
  }
}

/** Bucket of an approximate score (scores are not negative): monotone, so a higher bucket means a higher score. */
function bucketOf(score: number): number {
  return score >= 1 ? SCORE_BUCKETS - 1 : (score * SCORE_BUCKETS) | 0;
}

/** Ranked below: a lower approximate score, or the same score and a later record. */
function ranksBelow(score: number, record: number, otherScore: number, otherRecord: number): boolean {
  return score < otherScore || (score === otherScore && record > otherRecord);
}

/** Puts (record, score) at the root of a heap of `size` (worst at the root) and moves it down to its place. */
function siftDown(
  heapRecords: Int32Array,
  heapScores: Float64Array,
  size: number,
  record: number,
  score: number,
): void {
  let position = 0;
  for (;;) {
    let child = 2 * position + 1;
    if (child >= size) break;
    if (
      child + 1 < size &&
      ranksBelow(heapScores[child + 1], heapRecords[child + 1], heapScores[child], heapRecords[child])
    )
      child++;
    if (!ranksBelow(heapScores[child], heapRecords[child], score, record)) break;
    heapScores[position] = heapScores[child];
    heapRecords[position] = heapRecords[child];
    position = child;
  }
  heapScores[position] = score;
  heapRecords[position] = record;
}
