/** One watchlisted party a name resembles. */
export interface PartyNameCandidate {
  /** Key of the entry in the snapshot (`list/entryId`). */
  readonly entryKey: string;
  /** 0..1 */
  readonly similarity: number;
  /** The listed name or alias that matched best. */
  readonly matchedName: string;
  /** Token-level explanation from the matcher, carried into the hit's evidence. */
  readonly explanation?: unknown;
}

/** Fuzzy party-name search over the watchlisted parties of one snapshot. */
export interface PartyNameMatcher {
  search(
    name: string,
    options: { readonly limit: number; readonly minScore: number },
  ): readonly PartyNameCandidate[];
}
