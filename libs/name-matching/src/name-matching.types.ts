export type NameScript = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'cjk' | 'other' | 'none';

export interface NormalisedName {
  /** Tokens to match: ASCII for Latin, Cyrillic and Greek input; the folded original for other scripts. */
  readonly tokens: readonly string[];
  /** Legal-form words taken out of the name (LTD, GMBH, OOO ...), in the order they appeared. */
  readonly legalForms: readonly string[];
  /** Dominant script of the input, before transliteration. */
  readonly script: NameScript;
  /** For transliterated input (Cyrillic, Greek): the case-folded tokens in their own script. */
  readonly originalScriptTokens: readonly string[];
}

export interface NameIndexEntry {
  readonly entryId: string;
  /** Primary name first, then aliases. */
  readonly names: readonly string[];
  readonly originalScriptNames?: readonly string[];
  readonly kind?: string;
  readonly countries?: readonly string[];
}

export interface TokenPairExplanation {
  readonly queryToken: string;
  readonly candidateToken: string;
  readonly similarity: number;
  /** Rarity weight of the pair (query weight + candidate weight). */
  readonly weight: number;
}

export interface NameMatchExplanation {
  readonly queryTokens: readonly string[];
  readonly candidateTokens: readonly string[];
  readonly pairs: readonly TokenPairExplanation[];
  readonly unmatchedQueryTokens: readonly string[];
  readonly unmatchedCandidateTokens: readonly string[];
  /** 1 when matched tokens keep their order, lower when they are shuffled. */
  readonly orderAgreement: number;
  /** True when only generic words matched, so the score was capped. */
  readonly genericOnlyCapApplied: boolean;
  /**
   * True when the listed name is one word that is weak evidence here, so the score was capped: a
   * person's one-word alias inside a longer name, or a short word or acronym spelled differently.
   */
  readonly oneWordCapApplied?: boolean;
}

export interface NameMatchCandidate {
  readonly entryId: string;
  readonly score: number;
  /** The entry's name or alias, as listed, that matched best. */
  readonly matchedName: string;
  readonly matchedNameIsPrimary: boolean;
  readonly kind?: string;
  readonly countries?: readonly string[];
  readonly explanation: NameMatchExplanation;
}

export interface NameSearchOptions {
  readonly limit?: number;
  readonly minScore?: number;
  /** Only entries of this kind (e.g. 'individual', 'entity'). */
  readonly kind?: string;
}
