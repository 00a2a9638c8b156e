/** Below this many pairs the built-in sort is quick enough and needs no scratch arrays. */
const RADIX_SORT_FROM = 4_096;
const DIGIT_BITS = 14;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

/**
 * Sorts packed pairs `high * span + low` (non-negative integers below 2^53, `low < span`, `span` a
 * power of two up to 2^32, `high < 2^32`) ascending, in place: the same order as
 * `Float64Array.prototype.sort`, which V8 runs as a general merge sort over doubles (about 200 ms
 * for a million pairs, the largest part of building a 100,000-entry name index). An LSD radix sort
 * over the two 32-bit halves takes a few passes of counting instead.
 */
export function sortPackedPairs(packed: Float64Array, span: number): Float64Array {
  const n = packed.length;
  if (n < RADIX_SORT_FROM) return packed.sort();
  // Plain arrays, not a resizable scratch buffer: V8 reads views of a resizable buffer several
  // times slower, which here cost more than the sort it replaces.
  const scratch = new ArrayBuffer(16 * n);
  let high = new Uint32Array(scratch, 0, n);
  let low = new Uint32Array(scratch, 4 * n, n);
  let highOut = new Uint32Array(scratch, 8 * n, n);
  let lowOut = new Uint32Array(scratch, 12 * n, n);
  let maxHigh = 0;
  let maxLow = 0;
  for (let i = 0; i < n; i++) {
    const value = packed[i];
    const h = Math.floor(value / span);
    const l = value - h * span;
    high[i] = h;
    low[i] = l;
    if (h > maxHigh) maxHigh = h;
    if (l > maxLow) maxLow = l;
  }
  const counts = new Int32Array(1 << DIGIT_BITS);
  // Least significant digit first: the low half's digits, then the high half's; each pass is stable.
  const passes: Array<{ ofHigh: boolean; shift: number }> = [];
  for (let shift = 0; shift < 32 && (shift === 0 || maxLow >>> shift > 0); shift += DIGIT_BITS)
    passes.push({ ofHigh: false, shift });
  for (let shift = 0; shift < 32 && (shift === 0 || maxHigh >>> shift > 0); shift += DIGIT_BITS)
    passes.push({ ofHigh: true, shift });
  for (const { ofHigh, shift } of passes) {
    const keys = ofHigh ? high : low;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i] >>> shift) & DIGIT_MASK]++;
    let start = 0;
    for (let d = 0; d < counts.length; d++) {
      const count = counts[d];
      counts[d] = start;
      start += count;
    }
    for (let i = 0; i < n; i++) {
      const to = counts[(keys[i] >>> shift) & DIGIT_MASK]++;
      highOut[to] = high[i];
      lowOut[to] = low[i];
    }
    const high2 = highOut;
    highOut = high;
    high = high2;
    const low2 = lowOut;
    lowOut = low;
    low = low2;
  }
  for (let i = 0; i < n; i++) packed[i] = high[i] * span + low[i];
  return packed;
}
