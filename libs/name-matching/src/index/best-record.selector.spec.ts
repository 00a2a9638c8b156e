import { BestRecordSelector } from './best-record.selector';

/** gainAndWeight for records 0..n-1 as NameIndex lays it out: [2r] gain, [2r + 1] record weight. */
function layout(records: ReadonlyArray<{ gain: number; weight: number }>): Float32Array {
  const gainAndWeight = new Float32Array(2 * records.length);
  records.forEach(({ gain, weight }, r) => {
    gainAndWeight[2 * r] = gain;
    gainAndWeight[2 * r + 1] = weight;
  });
  return gainAndWeight;
}

function selected(selector: BestRecordSelector, count: number): number[] {
  return Array.from(selector.rankedRecords.subarray(0, count));
}

/**
 * What select must give: a bounded heap fed in input order (a record no better than the worst kept
 * one of a full heap is passed over), then ranked by score, ties by record id.
 */
function reference(
  records: readonly number[],
  gainAndWeight: Float32Array,
  queryWeight: number,
  limit: number,
) {
  const score = (r: number) => gainAndWeight[2 * r] / (queryWeight + gainAndWeight[2 * r + 1]);
  const below = (a: number, b: number) => score(a) < score(b) || (score(a) === score(b) && a > b);
  const kept: number[] = [];
  for (const r of records) {
    if (kept.length < limit) kept.push(r);
    else {
      const worst = kept.reduce((w, k) => (below(k, w) ? k : w));
      if (score(r) > score(worst)) kept[kept.indexOf(worst)] = r;
    }
  }
  return kept.sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
}

describe('BestRecordSelector', () => {
  it('ranks all records best first when there are no more than the limit', () => {
    const gainAndWeight = layout([
      { gain: 1, weight: 1 },
      { gain: 3, weight: 1 },
      { gain: 2, weight: 1 },
    ]);
    const selector = new BestRecordSelector(4, 8);
    const count = selector.select(Int32Array.of(0, 1, 2), 3, gainAndWeight, 1, 8);
    expect(count).toBe(3);
    expect(selected(selector, count)).toEqual([1, 2, 0]);
    expect(Array.from(selector.rankedScores.subarray(0, count))).toEqual([1.5, 1, 0.5]);
  });

  it('keeps only the limit best, scoring gain / (query weight + record weight)', () => {
    // Record 2 has the largest gain but a heavy record weight: 4 / (1 + 7) = 0.5 ranks below 1 / (1 + 0) = 1.
    const gainAndWeight = layout([
      { gain: 0.2, weight: 1 },
      { gain: 1, weight: 0 },
      { gain: 4, weight: 7 },
      { gain: 0.9, weight: 0 },
    ]);
    const selector = new BestRecordSelector(4, 2);
    const count = selector.select(Int32Array.of(0, 1, 2, 3), 4, gainAndWeight, 1, 2);
    expect(selected(selector, count)).toEqual([1, 3]);
  });

  it('ranks equal scores by record id, and at the cut keeps the one that came first', () => {
    const gainAndWeight = layout(Array.from({ length: 6 }, () => ({ gain: 1, weight: 1 })));
    const selector = new BestRecordSelector(8, 3);
    const count = selector.select(Int32Array.of(5, 3, 4, 0, 1), 5, gainAndWeight, 0, 3);
    expect(selected(selector, count)).toEqual([3, 4, 5]);
  });

  it('selects as the bounded heap would on 500 seeded draws, growing past its starting size', () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const selector = new BestRecordSelector(4, 48);
    for (let draw = 0; draw < 500; draw++) {
      const recordCount = 1 + Math.floor(next() * 300);
      // Coarse gains, so that equal scores (ties at the cut) are common.
      const gainAndWeight = layout(
        Array.from({ length: recordCount }, () => ({
          gain: Math.floor(next() * 8) / 2,
          weight: Math.floor(next() * 4),
        })),
      );
      const records = Array.from({ length: recordCount }, (_, r) => r).filter(() => next() < 0.8);
      const limit = 1 + Math.floor(next() * 48);
      const count = selector.select(Int32Array.from(records), records.length, gainAndWeight, 2, limit);
      expect({ draw, selected: selected(selector, count) }).toEqual({
        draw,
        selected: reference(records, gainAndWeight, 2, limit),
      });
    }
  });

  it('refuses a limit beyond the one it was made for', () => {
    const selector = new BestRecordSelector(4, 12);
    expect(() => selector.select(Int32Array.of(0), 1, layout([{ gain: 1, weight: 1 }]), 1, 13)).toThrow(
      /limit 13 exceeds 12/,
    );
  });
});
