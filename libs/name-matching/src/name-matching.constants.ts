/** Token pairs less similar than this are not a match at all (they count as unmatched). */
export const TOKEN_MATCH_FLOOR = 0.84;

/** Similarity granted to two spellings with the same phonetic key (GADDAFI / QADHAFI). */
export const PHONETIC_MATCH_SIMILARITY = 0.9;

/** Phonetic keys shorter than this are too coarse (ALI = ELIE = OLA) to count as evidence on their own. */
export const MIN_PHONETIC_KEY_LENGTH = 3;

/** Scale for token pairs whose agreement is weak evidence: different first letter or a short token. */
export const WEAK_AGREEMENT_FACTOR = 0.9;

/** A match whose every matched pair involves a generic word never scores above this. */
export const GENERIC_ONLY_SCORE_CAP = 0.5;

/**
 * A one-word listed name that is weak evidence on its own never scores above this (see
 * ONE_WORD_RECORD rules in NameIndex): a person's one-word alias ("Saleh", "Riyadh") inside a longer
 * name, and a short word or acronym ("KCST", "NATA", "BASE") spelled differently.
 */
export const WEAK_ONE_WORD_SCORE_CAP = 0.5;

/** One-word listed names up to this length (acronyms, short words) count only when spelled the same. */
export const SHORT_ONE_WORD_MAX_LENGTH = 4;

/** A distinctive token pair must be at least this similar to lift the generic-only cap. */
export const DISTINCTIVE_PAIR_MIN_SIMILARITY = 0.86;

/** Share of its weight an unmatched listed token keeps in the denominator (see scoreTokenSequences). */
export const UNMATCHED_CANDIDATE_WEIGHT_FACTOR = 0.5;

/** Largest share of the score lost when matched tokens appear in a different order. */
export const ORDER_PENALTY = 0.04;

/** Score at and above which a party name match is reported as a sanctions hit. */
export const DEFAULT_ALERT_THRESHOLD = 0.85;

/** Candidate generation budget per query name: bounded so query cost does not grow with the list. */
export const CANDIDATE_LIMITS = {
  /** Postings lists longer than this are not walked; their tokens still count when scoring. */
  longPostingsList: 256,
  /** Total postings visited per query name. */
  postingsBudget: 1024,
  /** Records scored in full per query name (best approximate scores first). */
  scoredRecords: 12,
  /** Vocabulary tokens one query token may expand to through typos and phonetic keys. */
  expansionsPerToken: 16,
} as const;
