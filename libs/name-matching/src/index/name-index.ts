import {
  CANDIDATE_LIMITS,
  DISTINCTIVE_PAIR_MIN_SIMILARITY,
  GENERIC_ONLY_SCORE_CAP,
  SHORT_ONE_WORD_MAX_LENGTH,
  WEAK_ONE_WORD_SCORE_CAP,
  MIN_PHONETIC_KEY_LENGTH,
  TOKEN_MATCH_FLOOR,
  UNMATCHED_CANDIDATE_WEIGHT_FACTOR,
} from '../name-matching.constants';
import type { NameIndexEntry, NameMatchCandidate, NameSearchOptions } from '../name-matching.types';
import { expandNameVariants } from '../normalise/expand-name-variants.util';
import { latinLookAlikeReading } from '../normalise/fold-characters.util';
import { normaliseName } from '../normalise/normalise-name.util';
import { phoneticKey } from '../phonetic/phonetic-key.util';
import {
  explainSequenceMatch,
  scoreTokenSequences,
  type SequenceMatch,
  type WeightedTokenSequence,
} from '../similarity/score-token-sequences.util';
import { characterMask } from '../similarity/jaro-winkler-bound.util';
import { joinedSimilarityAboveFloor, tokenSimilarityAboveFloor } from '../similarity/token-similarity.util';
import { deletionVariants } from './deletion-variants.util';
import type { HashedMultiMap } from './hashed-multi-map';
import { ABSENT, IdValueMap } from './id-value-map';
import { BestRecordSelector } from './best-record.selector';
import type { PackedStrings } from './packed-strings';
import { tokenPairKeyHash } from './string-hash.util';
import { NOT_FOUND, type StringIdTable } from './string-id-table';
import {
  buildNameIndexData,
  GENERIC_TOKENS,
  NO_KIND,
  rarityWeight,
  type NameIndexData,
  type SmallIds,
} from './name-index-data';

const {
  longPostingsList: LONG_POSTINGS_LIST,
  postingsBudget: POSTINGS_BUDGET,
  scoredRecords: SCORED_RECORDS,
  expansionsPerToken: EXPANSIONS_PER_TOKEN,
} = CANDIDATE_LIMITS;
const DEFAULT_LIMIT = 10;
/** Scripts whose names may be written wholly in look-alikes of Latin letters. */
const TRANSLITERATED: ReadonlySet<string> = new Set(['cyrillic', 'greek']);
/** Vocabulary tokens compared with one query token at most (bounds the fuzzy lookup). */
const MAX_CONSIDERED_PER_TOKEN = 96;
/** An unknown query token shorter than this gets a share of a rare word's weight. */
const FULL_WEIGHT_LENGTH = 4;
/** Parts of an unknown token tried as two known tokens typed together are at least this long. */
const MIN_SPLIT_PART = 2;
const MAX_SPLITS = 2;
/** Records kept after the walk over rare tokens, before common tokens are counted. */
const PRESELECTED = 48;
/** Records taken from one pair of common tokens. */
const PAIR_SAMPLE = 64;
/** Records sampled when a query consists of common tokens only and no pair of them is indexed. */
const COMMON_ONLY_SAMPLE = 64;
/** Only close spellings of common tokens are combined into pair lookups (keeps the lookups few). */
const PAIRABLE_SIMILARITY = 0.9;
/** Common spellings of one query token combined into pair lookups. */
const COMMON_PAIRABLE_PER_TOKEN = 3;
const NOT_IN_VOCABULARY = NOT_FOUND;
/** Joined-token options (see scoreTokenSequences) pair tokens whose lengths differ by at most this. */
const MAX_JOINED_LENGTH_DIFFERENCE = 2;
/** Marks a record as a candidate of the second selection pass in its gain slot (gains are never negative). */
const CANDIDATE = -1;
/** Below the 4-decimal rounding of scores, so that no record that rounds up to minScore is skipped. */
const BOUND_MARGIN = 1e-4;
/** Query tokens whose descriptions are remembered; the memo starts over when it holds this many. */
const TOKEN_MEMO_SIZE = 20_000;
/** Similarities remembered over all memoised tokens; the memo starts over past this many. */
const TOKEN_MEMO_SIMILARITIES = 1_000_000;
/** Imported constants read into locals once: the hot loops then read plain module constants. */
const MATCH_FLOOR: number = TOKEN_MATCH_FLOOR;
const MIN_KEY_LENGTH: number = MIN_PHONETIC_KEY_LENGTH;
const GENERIC_CAP: number = GENERIC_ONLY_SCORE_CAP;
const WEAK_ONE_WORD_CAP: number = WEAK_ONE_WORD_SCORE_CAP;
const SHORT_ONE_WORD_LENGTH: number = SHORT_ONE_WORD_MAX_LENGTH;
/** Entry kinds naming a natural person, as the UN list, national lists and tests spell them. */
const PERSON_KIND = /^(individual|person|natural)/i;
const DISTINCTIVE_SIMILARITY: number = DISTINCTIVE_PAIR_MIN_SIMILARITY;
const UNMATCHED_FACTOR: number = UNMATCHED_CANDIDATE_WEIGHT_FACTOR;

interface QueryToken {
  readonly text: string;
  readonly key: string;
  /** Vocabulary id of the token itself, NOT_IN_VOCABULARY for a token the list does not have. */
  readonly exact: number;
  readonly weight: number;
  readonly generic: boolean;
  /**
   * Vocabulary tokens at least TOKEN_MATCH_FLOOR similar found by lookup (exact, one edit,
   * phonetic key), closest lookups first, and their similarities.
   */
  readonly expansionIds: readonly number[];
  readonly expansionSimilarities: readonly number[];
  /** Known token pairs this unknown token may be two names written together as. */
  readonly splits: ReadonlyArray<readonly [number, number]>;
  readonly mask: number;
  /**
   * Similarities to vocabulary tokens (the expansions, and those computed while scoring). A token's
   * description depends on the token and the (immutable) index only, so it is remembered across
   * searches: names differ, but their words recur (MOHAMMED, TRADING, WANG), and each is described
   * and compared once.
   */
  readonly similarities: IdValueMap;
}

interface QueryContext {
  readonly query: readonly QueryToken[];
  readonly sequence: WeightedTokenSequence;
}

/** The best record of one entry for the current search. */
interface RecordHit {
  readonly entry: number;
  readonly record: number;
  readonly score: number;
  readonly context: QueryContext;
  /** How the query matched the record, kept to explain the hit without scoring it again. */
  readonly match: SequenceMatch;
}

/**
 * Immutable in-memory index of watchlist names. Every name, alias and original-script name of
 * an entry becomes a "record" (a token sequence); records are stored as typed arrays over an
 * interned vocabulary so a million entries fit in a few hundred megabytes.
 *
 * Candidate generation never scans the list: each query token is expanded to vocabulary tokens
 * (exact, within one edit through deletion variants, same phonetic key), postings of the rarest
 * expansions are walked under a fixed budget, records holding two common query tokens together
 * come from a token-pair index, and only the best CANDIDATE_LIMITS.scoredRecords records by an
 * approximate score are scored in full.
 *
 * A search allocates little: its working sets live in scratch typed arrays owned by the index
 * (searches are synchronous, so one set per index is enough).
 */
export class NameIndex {
  private readonly touched: Int32Array;
  private readonly deferredGain: Float32Array;
  /** Candidate records of the second selection pass, grown when a query adds many. */
  private candidates = new Int32Array(4 * PRESELECTED);
  private candidateCount = 0;
  /** The query's expansions (query token, vocabulary token, similarity, postings length), rarest first. */
  private expansionQuery = new Int32Array(64);
  private expansionToken = new Int32Array(64);
  private expansionSimilarity = new Float64Array(64);
  private expansionLength = new Int32Array(64);
  /** 1 for expansions whose postings were too long to walk ("common" tokens). */
  private expansionDeferred = new Uint8Array(64);
  private deferredExpansions = new Int32Array(64);
  private pairableExpansions = new Int32Array(64);
  private readonly best = new BestRecordSelector(POSTINGS_BUDGET, PRESELECTED);
  /** Records selectCandidateRecords chose for full scoring, best approximate score first. */
  private readonly selectedRecords = new Int32Array(SCORED_RECORDS);
  /** How the query matched each selected record (undefined: not scored), during one searchTokens. */
  private readonly recordMatches = new Array<SequenceMatch | undefined>(SCORED_RECORDS).fill(undefined);
  /** Per scored record: similarities of query tokens to record tokens, single and written together. */
  private pairSimilarities = new Float64Array(64);
  private queryJoinedSimilarities = new Float64Array(64);
  private recordJoinedSimilarities = new Float64Array(64);
  private queryBest = new Float64Array(16);
  private candidateBest = new Float64Array(16);
  private readonly tokenMemo = new Map<string, QueryToken>();
  /** Vocabulary token lengths, read by the joined-token filters without touching the strings. */
  private readonly tokenLengths: Int32Array;
  /** Per entry kind (as in entryKinds), 1 when it names a natural person. */
  private readonly personKinds: Uint8Array;
  private memoisedSimilarities = 0;

  private readonly entryIds: PackedStrings;
  private readonly entryKinds: SmallIds;
  private readonly kinds: readonly string[];
  /** Per entry, its position in `countryLists` (0: undefined, an entry without countries). */
  private readonly entryCountries: SmallIds;
  private readonly countryLists: ReadonlyArray<readonly string[] | undefined>;
  private readonly vocabulary: readonly string[];
  private readonly tokenIds: StringIdTable;
  private readonly tokenKeys: readonly string[];
  private readonly tokenMasks: Int32Array;
  private readonly tokenWeights: Float32Array;
  private readonly tokenGeneric: Uint8Array;
  /** Rarity weight without the generic-word discount: what an unmatched listed token costs. */
  private readonly tokenRarity: Float32Array;
  private readonly recordStart: Int32Array;
  private readonly recordTokens: Int32Array;
  private readonly recordEntry: Int32Array;
  /** The listed name (or alias) each record came from, as written. */
  private readonly recordName: PackedStrings;
  private readonly recordPrimary: Uint8Array;
  /**
   * Per record, side by side: [2r] the gain accumulated by the current search (0 between
   * searches; CANDIDATE while the record is a candidate of the second selection pass), [2r + 1]
   * the record's weight. The approximate score reads both right after the postings walk wrote
   * the first, so they share a cache line.
   */
  private readonly gainAndWeight: Float32Array;
  private readonly postingsStart: Int32Array;
  private readonly postings: Int32Array;
  private readonly byPhoneticKey: HashedMultiMap;
  private readonly byDeletion: HashedMultiMap;
  private readonly byTokenPair: HashedMultiMap;

  private constructor(data: NameIndexData) {
    ({
      entryIds: this.entryIds,
      entryKinds: this.entryKinds,
      kinds: this.kinds,
      entryCountries: this.entryCountries,
      countryLists: this.countryLists,
      vocabulary: this.vocabulary,
      tokenIds: this.tokenIds,
      tokenKeys: this.tokenKeys,
      tokenMasks: this.tokenMasks,
      tokenWeights: this.tokenWeights,
      tokenGeneric: this.tokenGeneric,
      tokenRarity: this.tokenRarity,
      recordStart: this.recordStart,
      recordTokens: this.recordTokens,
      recordEntry: this.recordEntry,
      recordName: this.recordName,
      recordPrimary: this.recordPrimary,
      gainAndWeight: this.gainAndWeight,
      postingsStart: this.postingsStart,
      postings: this.postings,
      byPhoneticKey: this.byPhoneticKey,
      byDeletion: this.byDeletion,
      byTokenPair: this.byTokenPair,
    } = data);
    this.touched = new Int32Array(POSTINGS_BUDGET);
    this.deferredGain = new Float32Array(this.vocabulary.length);
    this.tokenLengths = Int32Array.from(this.vocabulary, (token) => token.length);
    this.personKinds = Uint8Array.from([
      NO_KIND,
      ...this.kinds.map((kind) => (PERSON_KIND.test(kind) ? 1 : 0)),
    ]);
  }

  static build(entries: Iterable<NameIndexEntry>): NameIndex {
    return new NameIndex(buildNameIndexData(entries));
  }

  get entryCount(): number {
    return this.entryIds.size;
  }

  get recordCount(): number {
    return this.recordEntry.length;
  }

  get vocabularySize(): number {
    return this.vocabulary.length;
  }

  /**
   * Best-matching entries for a name, best first (ties by entry id), each with its explanation.
   * A query written like a list entry ("X (Y)", "X / Y") is searched as each of its variants.
   */
  search(name: string, options: NameSearchOptions = {}): NameMatchCandidate[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const minScore = options.minScore ?? 0;
    const kindFilter = options.kind === undefined ? undefined : this.kinds.indexOf(options.kind) + 1;
    if (kindFilter === NO_KIND) {
      return [];
    }
    const best = new Map<number, RecordHit>();
    const searched = new Set<string>();
    for (const variant of expandNameVariants(name)) {
      const normalised = normaliseName(variant);
      // A name made only of look-alikes of Latin letters is also read as the Latin name it passes for.
      const lookAlike = TRANSLITERATED.has(normalised.script) ? latinLookAlikeReading(variant) : undefined;
      const readings = [normalised.tokens, normalised.originalScriptTokens];
      if (lookAlike !== undefined) readings.push(normaliseName(lookAlike).tokens);
      for (const tokens of readings) {
        const signature = tokens.join(' ');
        if (tokens.length > 0 && !searched.has(signature)) {
          searched.add(signature);
          this.searchTokens(tokens, kindFilter, minScore, best);
        }
      }
    }
    if (best.size === 0) return [];
    const ranked: RecordHit[] = [];
    for (const hit of best.values()) {
      if (hit.score >= minScore) ranked.push(hit);
    }
    ranked.sort(
      (a, b) => b.score - a.score || compareStrings(this.entryIds.get(a.entry), this.entryIds.get(b.entry)),
    );
    return ranked.slice(0, limit).map((hit) => this.describeHit(hit));
  }

  private searchTokens(
    tokens: readonly string[],
    kindFilter: number | undefined,
    minScore: number,
    best: Map<number, RecordHit>,
  ): void {
    const query = new Array<QueryToken>(tokens.length);
    for (let i = 0; i < tokens.length; i++) query[i] = this.queryTokenFor(tokens[i]);
    // Scores are rounded to 4 decimals: a record is skipped only when even its rounded score stays below minScore.
    const skipBelow = minScore - BOUND_MARGIN;
    if (skipBelow > GENERIC_CAP && !this.allKnown(query) && !this.queryMayMatchDistinctively(query)) {
      return;
    }
    let context: QueryContext | undefined;
    const selected = this.selectedRecords;
    // A name listed in several entries is several records with the same tokens: their bound and
    // score are the same, so each distinct token sequence is assessed once (undefined: below the bound).
    const matches = this.recordMatches;
    for (let k = 0, count = this.selectCandidateRecords(query, kindFilter); k < count; k++) {
      const record = selected[k];
      const same = this.earlierWithSameTokens(selected, k);
      let match: SequenceMatch | undefined;
      if (same >= 0) {
        match = matches[same];
      } else if (skipBelow <= 0 || this.scoreUpperBound(query, record) >= skipBelow) {
        context ??= queryContextOf(query, tokens);
        match = this.scoreRecord(context, record, this.candidateSequence(record));
      }
      matches[k] = match;
      // (A match implies a context: the first record with these tokens was scored in it.)
      if (match === undefined || context === undefined) continue;
      // Records with the same tokens share a match, but the one-word rules depend on the record.
      if (match.score > WEAK_ONE_WORD_CAP && this.isWeakOneWordMatch(record, query, match)) {
        match = { ...match, score: WEAK_ONE_WORD_CAP, oneWordCapApplied: true };
      }
      const score = match.score;
      const entry = this.recordEntry[record];
      const previous = best.get(entry);
      const primary = this.recordPrimary[record] === 1;
      if (
        previous === undefined ||
        score > previous.score ||
        (score === previous.score && primary && this.recordPrimary[previous.record] === 0)
      ) {
        best.set(entry, { entry, record, score, context, match });
      }
    }
    matches.fill(undefined);
  }

  /**
   * One-word listed names that are weak evidence of this match (ONE_WORD_RECORD rules):
   * - a person's one-word alias ("Saleh", "Riyadh", "Hassan") when the query says more than that
   *   word: it names the person only on its own, and the person's fuller names are records too;
   * - a one-word name of at most SHORT_ONE_WORD_MAX_LENGTH characters (acronyms such as KCST,
   *   short words such as BASE) not spelled the same: at that length a typo or a shared sound is
   *   another word ("Costa" is not KCST, "Ngata" is not NATA).
   */
  private isWeakOneWordMatch(record: number, query: readonly QueryToken[], match: SequenceMatch): boolean {
    const start = this.recordStart[record];
    if (this.recordStart[record + 1] - start !== 1) return false;
    if (this.tokenLengths[this.recordTokens[start]] <= SHORT_ONE_WORD_LENGTH) {
      return !match.pairs.some((pair) => pair.similarity === 1 && pair.q === pair.qEnd);
    }
    return (
      query.length > 1 &&
      this.recordPrimary[record] === 0 &&
      this.personKinds[this.entryKinds[this.recordEntry[record]]] === 1
    );
  }

  /** The first of selected[0..k) with the same tokens as selected[k], or -1. */
  private earlierWithSameTokens(selected: Int32Array, k: number): number {
    const recordStart = this.recordStart;
    const recordTokens = this.recordTokens;
    const start = recordStart[selected[k]];
    const length = recordStart[selected[k] + 1] - start;
    for (let e = 0; e < k; e++) {
      const other = recordStart[selected[e]];
      if (recordStart[selected[e] + 1] - other !== length) continue;
      let p = 0;
      while (p < length && recordTokens[other + p] === recordTokens[start + p]) p++;
      if (p === length) return e;
    }
    return -1;
  }

  private candidateSequence(record: number): WeightedTokenSequence {
    const start = this.recordStart[record];
    const length = this.recordStart[record + 1] - start;
    const tokens = new Array<string>(length);
    const weights = new Array<number>(length);
    const generic = new Array<boolean>(length);
    const unmatchedWeights = new Array<number>(length);
    for (let j = 0; j < length; j++) {
      const id = this.recordTokens[start + j];
      tokens[j] = this.vocabulary[id];
      weights[j] = this.tokenWeights[id];
      generic[j] = this.tokenGeneric[id] === 1;
      unmatchedWeights[j] = this.tokenRarity[id];
    }
    return { tokens, weights, generic, unmatchedWeights };
  }

  private scoreRecord(
    context: QueryContext,
    record: number,
    candidate: WeightedTokenSequence,
  ): SequenceMatch {
    const start = this.recordStart[record];
    const { query } = context;
    const tokens = this.recordTokens;
    const vocabulary = this.vocabulary;
    const masks = this.tokenMasks;
    return scoreTokenSequences(
      context.sequence,
      candidate,
      (i, j) => this.similarityTo(query[i], tokens[start + j]),
      (joinedIsCandidate, from, other) => {
        if (joinedIsCandidate) {
          const first = tokens[start + from];
          const second = tokens[start + from + 1];
          const q = query[other];
          return joinedSimilarityAboveFloor(
            vocabulary[first],
            vocabulary[second],
            masks[first] | masks[second],
            q.text,
            q.mask,
            false,
          );
        }
        const id = tokens[start + other];
        const first = query[from];
        const second = query[from + 1];
        return joinedSimilarityAboveFloor(
          first.text,
          second.text,
          first.mask | second.mask,
          vocabulary[id],
          masks[id],
          false,
        );
      },
    );
  }

  /** Token similarity of a query token and a vocabulary token, 0 below TOKEN_MATCH_FLOOR. */
  private similarityTo(q: QueryToken, id: number): number {
    let similarity = q.similarities.get(id);
    if (similarity === ABSENT) {
      similarity = tokenSimilarityAboveFloor(
        q.text,
        this.vocabulary[id],
        q.key,
        this.tokenKeys[id],
        q.mask,
        this.tokenMasks[id],
      );
      q.similarities.set(id, similarity);
      this.memoisedSimilarities++;
    }
    return similarity;
  }

  /**
   * An upper bound of the record's score (scoreTokenSequences), at a fraction of its cost (no
   * sorting, no pair objects). scoreTokenSequences pairs tokens one to one, so a matched pair adds
   * at most (its similarity) * (query weight + candidate weight); the bound lets every token take
   * its best similarity on its own (a joined pair's similarity counts for each of its tokens), and
   * charges only unmatchable candidate tokens, at their unmatched cost. Adding a matchable
   * candidate token raises the ratio (its similarity is at least the floor, so 2 * similarity > 1
   * >= score), which makes the bound hold for whichever tokens the greedy assignment ends up
   * matching; the order penalty only lowers it. When no distinctive pair (non-generic on both sides,
   * at least DISTINCTIVE_PAIR_MIN_SIMILARITY similar) is possible at all and the names are not the
   * same tokens, the generic-only cap bounds the score as well.
   */
  private scoreUpperBound(query: readonly QueryToken[], record: number): number {
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
        const similarity = this.similarityTo(q, id);
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

  /** Scratch tables of scoreUpperBound, grown to the longest query and record seen. */
  private growPairScratch(nq: number, nc: number): void {
    if (this.pairSimilarities.length < nq * nc) {
      this.pairSimilarities = new Float64Array(nq * nc * 2);
      this.queryJoinedSimilarities = new Float64Array(nq * nc * 2);
      this.recordJoinedSimilarities = new Float64Array(nq * nc * 2);
    }
    if (this.queryBest.length < nq) this.queryBest = new Float64Array(nq * 2);
    if (this.candidateBest.length < nc) this.candidateBest = new Float64Array(nc * 2);
  }

  /**
   * Whether any record the candidate search can reach may hold a distinctive pair for this query:
   * some non-generic query token (or two adjacent ones written together) has a close non-generic
   * spelling in the vocabulary, or is two known tokens typed without a space. Without one, every
   * score is capped at GENERIC_ONLY_SCORE_CAP (most new trade names: a coined brand plus generic
   * trade words), and a search for more needs no candidates at all. Spellings further than one edit
   * and not sharing a phonetic key are not looked for here, as candidate generation never looks for
   * them either: before, such a record was scored only when the generic words of the query happened
   * to reach it (the first records of a long postings list), which was chance, not recall.
   */
  private queryMayMatchDistinctively(query: readonly QueryToken[]): boolean {
    for (const q of query) {
      if (!q.generic && this.hasDistinctiveExpansion(q)) return true;
    }
    for (let i = 0; i + 1 < query.length; i++) {
      if (
        !query[i].generic &&
        !query[i + 1].generic &&
        this.hasDistinctiveExpansion(this.queryTokenFor(query[i].text + query[i + 1].text))
      ) {
        return true;
      }
    }
    return false;
  }

  private hasDistinctiveExpansion(q: QueryToken): boolean {
    if (q.splits.length > 0) return true;
    for (let e = 0; e < q.expansionIds.length; e++) {
      if (q.expansionSimilarities[e] >= DISTINCTIVE_SIMILARITY && this.tokenGeneric[q.expansionIds[e]] === 0)
        return true;
    }
    return false;
  }

  /** Every query token is in the vocabulary: the query may be some record's exact tokens. */
  private allKnown(query: readonly QueryToken[]): boolean {
    for (const q of query) {
      if (q.exact === NOT_IN_VOCABULARY) return false;
    }
    return true;
  }

  /** The query is the record's tokens in the record's order. */
  private sameTokens(query: readonly QueryToken[], start: number, nc: number): boolean {
    if (query.length !== nc) return false;
    for (let i = 0; i < nc; i++) {
      if (query[i].exact !== this.recordTokens[start + i]) return false;
    }
    return true;
  }

  private describeHit(hit: RecordHit): NameMatchCandidate {
    const { match } = hit;
    const kind = this.entryKinds[hit.entry];
    const countries = this.countryLists[this.entryCountries[hit.entry]];
    return {
      entryId: this.entryIds.get(hit.entry),
      score: hit.score,
      matchedName: this.recordName.get(hit.record),
      matchedNameIsPrimary: this.recordPrimary[hit.record] === 1,
      ...(kind === NO_KIND ? {} : { kind: this.kinds[kind - 1] }),
      ...(countries === undefined ? {} : { countries }),
      explanation: explainSequenceMatch(hit.context.sequence, this.candidateSequence(hit.record), match),
    };
  }

  /** The description of a query token, from the memo when the token was seen before. */
  private queryTokenFor(text: string): QueryToken {
    let token = this.tokenMemo.get(text);
    if (token === undefined) {
      if (this.tokenMemo.size >= TOKEN_MEMO_SIZE || this.memoisedSimilarities >= TOKEN_MEMO_SIMILARITIES) {
        this.tokenMemo.clear();
        this.memoisedSimilarities = 0;
      }
      token = this.describeQueryToken(text);
      this.tokenMemo.set(text, token);
    }
    return token;
  }

  private describeQueryToken(text: string): QueryToken {
    const key = phoneticKey(text);
    const generic = GENERIC_TOKENS.has(text);
    const mask = characterMask(text);
    const expansions = new Map<number, number>();
    const seen = new Set<number>();
    const consider = (id: number): void => {
      if (!seen.has(id) && seen.size < MAX_CONSIDERED_PER_TOKEN) {
        seen.add(id);
        // Equal to tokenSimilarity at and above the floor; below it, mostly ruled out without Jaro-Winkler.
        const similarity = tokenSimilarityAboveFloor(
          text,
          this.vocabulary[id],
          key,
          this.tokenKeys[id],
          mask,
          this.tokenMasks[id],
        );
        if (similarity >= MATCH_FLOOR) {
          expansions.set(id, similarity);
        }
      }
    };
    const exact = this.tokenIds.get(text);
    if (exact !== NOT_IN_VOCABULARY) {
      expansions.set(exact, 1);
      seen.add(exact);
    }
    if (generic) {
      // Generic words carry almost no weight, so their misspellings are not worth looking up.
      return this.queryToken(text, key, generic, exact, expansions, []);
    }
    // Closest first: one edit away (deletion neighbourhood), then other spellings of the same sound.
    if (text.length >= 3) {
      for (const id of boundedValues(this.byDeletion.get(text))) consider(id);
    }
    // A token the list already knows is most likely meant as written; its other spellings come
    // through the phonetic key. Only unknown tokens pay for the full one-edit neighbourhood.
    if (exact === NOT_IN_VOCABULARY) {
      for (const variant of deletionVariants(text)) {
        for (const id of boundedValues(this.byDeletion.get(variant))) consider(id);
      }
    }
    if (key.length >= MIN_KEY_LENGTH) {
      for (const id of boundedValues(this.byPhoneticKey.get(key))) consider(id);
    }
    if (expansions.size > EXPANSIONS_PER_TOKEN) {
      const kept = [...expansions.entries()]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, EXPANSIONS_PER_TOKEN);
      expansions.clear();
      for (const [id, similarity] of kept) expansions.set(id, similarity);
    }
    const splits =
      exact === NOT_IN_VOCABULARY && expansions.size === 0 ? this.splitIntoKnownTokens(text) : [];
    return this.queryToken(text, key, generic, exact, expansions, splits);
  }

  /** "SIKUTIRAHNAMU" -> [SIKUTI, RAHNAMU] when both halves are known tokens: two names typed without a space. */
  private splitIntoKnownTokens(text: string): Array<readonly [number, number]> {
    const splits: Array<readonly [number, number]> = [];
    for (let at = MIN_SPLIT_PART; at <= text.length - MIN_SPLIT_PART && splits.length < MAX_SPLITS; at++) {
      const left = this.tokenIds.get(text.slice(0, at));
      const right = left === NOT_FOUND ? NOT_FOUND : this.tokenIds.get(text.slice(at));
      if (right !== NOT_FOUND) splits.push([left, right]);
    }
    return splits;
  }

  private queryToken(
    text: string,
    key: string,
    generic: boolean,
    exact: number,
    expansions: Map<number, number>,
    splits: Array<readonly [number, number]>,
  ): QueryToken {
    let weight: number;
    if (exact !== NOT_IN_VOCABULARY) {
      weight = this.tokenWeights[exact];
    } else {
      // A misspelt token weighs what the word it most resembles weighs. A word the list has never
      // seen is rare, but a short one says little ("FE" for FZE), so its weight shrinks with length.
      let bestSimilarity = 0;
      weight =
        rarityWeight(this.recordEntry.length, 0, generic) * Math.min(1, text.length / FULL_WEIGHT_LENGTH);
      for (const [id, similarity] of expansions) {
        if (similarity > bestSimilarity) {
          bestSimilarity = similarity;
          weight = this.tokenWeights[id];
        }
      }
    }
    const similarities = new IdValueMap();
    for (const [id, similarity] of expansions) similarities.set(id, similarity);
    return {
      text,
      key,
      exact,
      weight,
      generic,
      expansionIds: [...expansions.keys()],
      expansionSimilarities: [...expansions.values()],
      splits,
      mask: characterMask(text),
      similarities,
    };
  }

  /**
   * Records worth a full score, in three passes over bounded work, written to selectedRecords
   * (returns how many):
   * 1. walk the postings of rare query-token expansions (rarest first, within POSTINGS_BUDGET)
   *    and keep the PRESELECTED best by approximate score;
   * 2. add records holding two common query tokens together (pair index);
   * 3. add the gains of common tokens to those records only, and keep the SCORED_RECORDS best.
   * Common tokens have low weights, so a record whose other tokens are common already ranks
   * high after pass 1; that is what keeps pass 3 to a few dozen records.
   */
  private selectCandidateRecords(query: readonly QueryToken[], kindFilter: number | undefined): number {
    const expansionCount = this.collectExpansions(query);
    const expansionQuery = this.expansionQuery;
    const expansionToken = this.expansionToken;
    const expansionSimilarity = this.expansionSimilarity;
    const expansionLength = this.expansionLength;
    const expansionDeferred = this.expansionDeferred;
    const deferred = this.deferredExpansions;
    const postingsStart = this.postingsStart;
    const postings = this.postings;
    const tokenWeights = this.tokenWeights;
    let queryWeight = 0;
    for (const q of query) queryWeight += q.weight;

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
    // Records holding a common query token together with another query token, through the pair
    // index: per distinctive query token its closest common spellings and its closest spelling.
    if (this.pairableExpansions.length < expansionCount)
      this.pairableExpansions = new Int32Array(expansionCount);
    const pairable = this.pairableExpansions;
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
    for (let a = 0; a < pairableCount; a++) {
      for (let b = a + 1; b < pairableCount; b++) {
        const first = pairable[a];
        const second = pairable[b];
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
    // Records holding both halves of a query token that is two names typed without a space.
    for (const q of query) {
      for (const [left, right] of q.splits) {
        this.addSampledCandidates(this.byTokenPair.getByHash(tokenPairKeyHash(left, right)), kindFilter);
      }
    }
    if (this.candidateCount === 0 && deferredCount > 0) {
      // Every query token is common and no record holds two of them: a name this unspecific
      // matches thousands of records equally, so only a sample of the rarest list is scored.
      const tokenId = expansionToken[deferred[0]];
      const start = postingsStart[tokenId];
      this.addSampledCandidates(
        postings.subarray(start, Math.min(postingsStart[tokenId + 1], start + COMMON_ONLY_SAMPLE)),
        kindFilter,
      );
    }

    // Full approximate score of each candidate: every query token's best gain within the record.
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

  /**
   * Writes every expansion of the query's tokens to the expansion scratch, rarest vocabulary token
   * first (ties by token id, then query order: a stable sort). Returns how many.
   */
  private collectExpansions(query: readonly QueryToken[]): number {
    let needed = 0;
    for (const q of query) needed += q.expansionIds.length;
    if (this.expansionQuery.length < needed) {
      const capacity = needed * 2;
      this.expansionQuery = new Int32Array(capacity);
      this.expansionToken = new Int32Array(capacity);
      this.expansionSimilarity = new Float64Array(capacity);
      this.expansionLength = new Int32Array(capacity);
      this.expansionDeferred = new Uint8Array(capacity);
      this.deferredExpansions = new Int32Array(capacity);
    }
    const expansionQuery = this.expansionQuery;
    const expansionToken = this.expansionToken;
    const expansionSimilarity = this.expansionSimilarity;
    const expansionLength = this.expansionLength;
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

function queryContextOf(query: readonly QueryToken[], tokens: readonly string[]): QueryContext {
  const weights = new Array<number>(query.length);
  const generic = new Array<boolean>(query.length);
  for (let i = 0; i < query.length; i++) {
    weights[i] = query[i].weight;
    generic[i] = query[i].generic;
  }
  return { query, sequence: { tokens, weights, generic } };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A hashed lookup can return a huge list for a very short key; only its head is considered. */
function boundedValues(values: Int32Array): Int32Array {
  return values.length > EXPANSIONS_PER_TOKEN ? values.subarray(0, EXPANSIONS_PER_TOKEN) : values;
}
