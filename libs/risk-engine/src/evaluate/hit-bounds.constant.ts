export interface HitBounds {
  /** Hits listed per indicator; the rest are folded into one summary hit of that indicator. */
  readonly perIndicator: number;
  /** Longest `reason` kept, in characters (the contract allows 1024). */
  readonly reasonChars: number;
  /** Largest `evidence` kept, as UTF-16 characters of its JSON (a bound on its published size). */
  readonly evidenceChars: number;
  /** Longest string and array kept inside trimmed evidence. */
  readonly evidenceStringChars: number;
  readonly evidenceArrayItems: number;
}

/**
 * With these, a hit publishes in at most ~7.7 KB (512 characters of reason and 2,048 of evidence, at
 * 3 bytes a character in the worst case), so an indicator adds at most 11 hits ≈ 85 KB to a result
 * whatever the declaration's size, far below the results topic's 2 MiB for any realistic profile.
 */
export const HIT_BOUNDS: HitBounds = Object.freeze({
  perIndicator: 10,
  reasonChars: 512,
  evidenceChars: 2048,
  evidenceStringChars: 200,
  evidenceArrayItems: 20,
});
