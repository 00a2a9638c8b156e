import { GENERIC_WORDS, GENERIC_WORD_WEIGHT_FACTOR } from '../data/generic-words.data';
import {
  CANDIDATE_LIMITS,
  DISTINCTIVE_PAIR_MIN_SIMILARITY,
  GENERIC_ONLY_SCORE_CAP,
  MIN_PHONETIC_KEY_LENGTH,
  TOKEN_MATCH_FLOOR,
  UNMATCHED_CANDIDATE_WEIGHT_FACTOR,
} from '../name-matching.constants';
import type { NameIndexEntry, NameMatchCandidate, NameSearchOptions } from '../name-matching.types';
import { expandNameVariants } from '../normalise/expand-name-variants.util';
import { normaliseName } from '../normalise/normalise-name.util';
import { phoneticKey } from '../phonetic/phonetic-key.util';
import {
  explainSequenceMatch,
  scoreTokenSequences,
  type SequenceMatch,
  type WeightedTokenSequence,
} from '../similarity/score-token-sequences.util';
import { characterMask } from '../similarity/jaro-winkler-bound.util';
import {
  spellingSimilarityAboveFloor,
  tokenSimilarity,
  tokenSimilarityAboveFloor,
} from '../similarity/token-similarity.util';
import { deletionVariants } from './deletion-variants.util';
import { GrowableInt32Array } from './growable-int32-array';
import { HashedMultiMap, MAX_HASHED_MULTI_MAP_VALUE } from './hashed-multi-map';
import { tokenPairKeyHash } from './string-hash.util';

const GENERIC = new Set(GENERIC_WORDS);
const {
  longPostingsList: LONG_POSTINGS_LIST,
  postingsBudget: POSTINGS_BUDGET,
  scoredRecords: SCORED_RECORDS,
  expansionsPerToken: EXPANSIONS_PER_TOKEN,
} = CANDIDATE_LIMITS;
const DEFAULT_LIMIT = 10;
/** Token pairs are indexed among the first few tokens of a record only, to bound the index size. */
const PAIR_INDEXED_TOKENS = 5;
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
const NO_KIND = -1;
/** Joined-token options (see scoreTokenSequences) pair tokens whose lengths differ by at most this. */
const MAX_JOINED_LENGTH_DIFFERENCE = 2;
/** Below the 4-decimal rounding of scores, so that no record that rounds up to minScore is skipped. */
const BOUND_MARGIN = 1e-4;
/** Query tokens whose descriptions are remembered; the memo starts over when it holds this many. */
const TOKEN_MEMO_SIZE = 20_000;
/** Similarities remembered over all memoised tokens; the memo starts over past this many. */
const TOKEN_MEMO_SIMILARITIES = 1_000_000;
/** Imported constants read into locals once: the hot loops then read plain module constants. */
const MATCH_FLOOR: number = TOKEN_MATCH_FLOOR;
const MIN_KEY_LENGTH: number = MIN_PHONETIC_KEY_LENGTH;
const GENERIC_FACTOR: number = GENERIC_WORD_WEIGHT_FACTOR;
const GENERIC_CAP: number = GENERIC_ONLY_SCORE_CAP;
const DISTINCTIVE_SIMILARITY: number = DISTINCTIVE_PAIR_MIN_SIMILARITY;

interface QueryToken {
  readonly text: string;
  readonly key: string;
  readonly weight: number;
  readonly generic: boolean;
  /** Vocabulary token id -> similarity, for vocabulary tokens at least TOKEN_MATCH_FLOOR similar. */
  readonly expansions: Map<number, number>;
  /** Known token pairs this unknown token may be two names written together as. */
  readonly splits: ReadonlyArray<readonly [number, number]>;
  readonly mask: number;
  /**
   * Similarities to vocabulary tokens computed while scoring. A token's description depends on the
   * token and the (immutable) index only, so it is remembered across searches: names differ, but
   * their words recur (MOHAMMED, TRADING, WANG), and each is described and compared once.
   */
  readonly similarities: Map<number, number>;
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
  /** The record's token sequence and how the query matched it, kept to explain the hit without scoring it again. */
  readonly candidate: WeightedTokenSequence;
  readonly match: SequenceMatch;
}

interface Expansion {
  readonly queryToken: number;
  readonly tokenId: number;
  readonly similarity: number;
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
 */
export class NameIndex {
  /** Scratch accumulators for one search; searches are synchronous, so one set per index is enough. */
  private readonly accumulator: Float32Array;
  private readonly touched: Int32Array;
  private readonly deferredGain: Float32Array;
  /** candidateMark[record] === candidateGeneration: the record is already a candidate of this search. */
  private readonly candidateMark: Uint32Array;
  private candidateGeneration = 0;
  private readonly tokenMemo = new Map<string, QueryToken>();
  private queryBoundScratch = new Float64Array(16);
  /** Vocabulary token lengths, read by scoreUpperBound without touching the strings. */
  private readonly tokenLengths: Int32Array;
  private candidateBoundScratch = new Float64Array(16);
  private memoisedSimilarities = 0;

  private constructor(
    private readonly entryIds: readonly string[],
    private readonly entryKinds: Int32Array,
    private readonly kinds: readonly string[],
    private readonly entryCountries: ReadonlyArray<readonly string[] | undefined>,
    private readonly vocabulary: readonly string[],
    private readonly tokenIds: ReadonlyMap<string, number>,
    private readonly tokenKeys: readonly string[],
    private readonly tokenMasks: Int32Array,
    private readonly tokenWeights: Float32Array,
    private readonly tokenGeneric: Uint8Array,
    /** Rarity weight without the generic-word discount: what an unmatched listed token costs. */
    private readonly tokenRarity: Float32Array,
    private readonly recordStart: Int32Array,
    private readonly recordTokens: Int32Array,
    private readonly recordEntry: Int32Array,
    private readonly recordName: readonly string[],
    private readonly recordPrimary: Uint8Array,
    private readonly recordWeight: Float32Array,
    private readonly postingsStart: Int32Array,
    private readonly postings: Int32Array,
    private readonly byPhoneticKey: HashedMultiMap,
    private readonly byDeletion: HashedMultiMap,
    private readonly byTokenPair: HashedMultiMap,
  ) {
    this.accumulator = new Float32Array(recordEntry.length);
    this.touched = new Int32Array(POSTINGS_BUDGET);
    this.deferredGain = new Float32Array(vocabulary.length);
    this.candidateMark = new Uint32Array(recordEntry.length);
    this.tokenLengths = Int32Array.from(vocabulary, (token) => token.length);
  }

  static build(entries: Iterable<NameIndexEntry>): NameIndex {
    const entryIds: string[] = [];
    const entryKinds = new GrowableInt32Array();
    const kinds: string[] = [];
    const entryCountries: Array<readonly string[] | undefined> = [];
    const vocabulary: string[] = [];
    const tokenIds = new Map<string, number>();
    const recordStart = new GrowableInt32Array();
    recordStart.push(0);
    const recordTokens = new GrowableInt32Array();
    const recordEntry = new GrowableInt32Array();
    const recordName: string[] = [];
    const recordPrimary = new GrowableInt32Array();

    const intern = (token: string): number => {
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = vocabulary.length;
        if (id > MAX_HASHED_MULTI_MAP_VALUE) {
          throw new RangeError(
            `NameIndex vocabulary exceeds ${MAX_HASHED_MULTI_MAP_VALUE + 1} distinct tokens at token "${token}"`,
          );
        }
        tokenIds.set(token, id);
        vocabulary.push(token);
      }
      return id;
    };

    let entryIndex = 0;
    for (const entry of entries) {
      if (typeof entry.entryId !== 'string' || entry.entryId === '') {
        throw new TypeError(`NameIndex.build: entries[${entryIndex}].entryId must be a non-empty string`);
      }
      if (!Array.isArray(entry.names)) {
        throw new TypeError(
          `NameIndex.build: entries[${entryIndex}].names (entry ${entry.entryId}) must be an array of strings`,
        );
      }
      entryIds.push(entry.entryId);
      entryCountries.push(entry.countries);
      if (entry.kind === undefined) {
        entryKinds.push(NO_KIND);
      } else {
        let kindIndex = kinds.indexOf(entry.kind);
        if (kindIndex < 0) {
          kindIndex = kinds.push(entry.kind) - 1;
        }
        entryKinds.push(kindIndex);
      }
      const seen = new Set<string>();
      const currentEntry = entryIndex;
      const addRecord = (tokens: readonly string[], name: string, primary: boolean): void => {
        const signature = tokens.join(' ');
        if (tokens.length === 0 || seen.has(signature)) {
          return;
        }
        seen.add(signature);
        for (const token of tokens) {
          recordTokens.push(intern(token));
        }
        recordStart.push(recordTokens.length);
        recordEntry.push(currentEntry);
        recordName.push(name);
        recordPrimary.push(primary ? 1 : 0);
      };
      const allNames = [...entry.names, ...(entry.originalScriptNames ?? [])];
      allNames.forEach((name, nameIndex) => {
        if (typeof name !== 'string') {
          throw new TypeError(
            `NameIndex.build: name ${nameIndex} of entry ${entry.entryId} must be a string`,
          );
        }
        for (const variant of expandNameVariants(name)) {
          const normalised = normaliseName(variant);
          addRecord(normalised.tokens, name, nameIndex === 0);
          addRecord(normalised.originalScriptTokens, name, nameIndex === 0);
        }
      });
      entryIndex++;
    }

    const recordCount = recordEntry.length;
    const vocabularySize = vocabulary.length;
    const starts = recordStart.toInt32Array();
    const tokens = recordTokens.toInt32Array();

    // Document frequency counts each record once even if a token repeats inside it.
    const documentFrequency = new Int32Array(vocabularySize);
    const lastRecordSeen = new Int32Array(vocabularySize).fill(-1);
    for (let r = 0; r < recordCount; r++) {
      for (let p = starts[r]; p < starts[r + 1]; p++) {
        const t = tokens[p];
        if (lastRecordSeen[t] !== r) {
          lastRecordSeen[t] = r;
          documentFrequency[t]++;
        }
      }
    }
    const tokenGeneric = new Uint8Array(vocabularySize);
    const tokenWeights = new Float32Array(vocabularySize);
    const tokenRarity = new Float32Array(vocabularySize);
    const tokenKeys: string[] = new Array<string>(vocabularySize);
    const tokenMasks = new Int32Array(vocabularySize);
    for (let t = 0; t < vocabularySize; t++) {
      tokenGeneric[t] = GENERIC.has(vocabulary[t]) ? 1 : 0;
      tokenWeights[t] = rarityWeight(recordCount, documentFrequency[t], tokenGeneric[t] === 1);
      tokenRarity[t] = rarityWeight(recordCount, documentFrequency[t], false);
      tokenKeys[t] = phoneticKey(vocabulary[t]);
      tokenMasks[t] = characterMask(vocabulary[t]);
    }

    const postingsStart = new Int32Array(vocabularySize + 1);
    for (let t = 0; t < vocabularySize; t++) {
      postingsStart[t + 1] = postingsStart[t] + documentFrequency[t];
    }
    const postings = new Int32Array(postingsStart[vocabularySize]);
    const fill = postingsStart.slice(0, vocabularySize);
    lastRecordSeen.fill(-1);
    const recordWeight = new Float32Array(recordCount);
    for (let r = 0; r < recordCount; r++) {
      for (let p = starts[r]; p < starts[r + 1]; p++) {
        const t = tokens[p];
        recordWeight[r] += tokenWeights[t];
        if (lastRecordSeen[t] !== r) {
          lastRecordSeen[t] = r;
          postings[fill[t]++] = r;
        }
      }
    }

    const phoneticBuilder = HashedMultiMap.builder();
    const deletionBuilder = HashedMultiMap.builder();
    for (let t = 0; t < vocabularySize; t++) {
      if (tokenKeys[t].length > 0) {
        phoneticBuilder.add(tokenKeys[t], t);
      }
      for (const variant of deletionVariants(vocabulary[t])) {
        deletionBuilder.add(variant, t);
      }
      // The token itself, so that a query with one extra letter finds it through its own deletions.
      if (vocabulary[t].length >= 3) {
        deletionBuilder.add(vocabulary[t], t);
      }
    }

    // Two common tokens (a frequent given name and a frequent family name) are rare together.
    const pairBuilder = HashedMultiMap.builder();
    for (let r = 0; r < recordCount; r++) {
      const end = Math.min(starts[r + 1], starts[r] + PAIR_INDEXED_TOKENS);
      for (let p = starts[r]; p < end; p++) {
        for (let q = p + 1; q < end; q++) {
          if (tokens[p] !== tokens[q]) pairBuilder.addByHash(tokenPairKeyHash(tokens[p], tokens[q]), r);
        }
      }
    }

    return new NameIndex(
      entryIds,
      entryKinds.toInt32Array(),
      kinds,
      entryCountries,
      vocabulary,
      tokenIds,
      tokenKeys,
      tokenMasks,
      tokenWeights,
      tokenGeneric,
      tokenRarity,
      starts,
      tokens,
      recordEntry.toInt32Array(),
      recordName,
      Uint8Array.from(recordPrimary.toInt32Array()),
      recordWeight,
      postingsStart,
      postings,
      phoneticBuilder.build(),
      deletionBuilder.build(),
      pairBuilder.build(),
    );
  }

  get entryCount(): number {
    return this.entryIds.length;
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
    const kindFilter = options.kind === undefined ? undefined : this.kinds.indexOf(options.kind);
    if (kindFilter === -1) {
      return [];
    }
    const best = new Map<number, RecordHit>();
    const searched = new Set<string>();
    for (const variant of expandNameVariants(name)) {
      const normalised = normaliseName(variant);
      for (const tokens of [normalised.tokens, normalised.originalScriptTokens]) {
        const signature = tokens.join(' ');
        if (tokens.length > 0 && !searched.has(signature)) {
          searched.add(signature);
          this.searchTokens(tokens, kindFilter, minScore, best);
        }
      }
    }
    const ranked: RecordHit[] = [];
    for (const hit of best.values()) {
      if (hit.score >= minScore) ranked.push(hit);
    }
    ranked.sort(
      (a, b) => b.score - a.score || compareStrings(this.entryIds[a.entry], this.entryIds[b.entry]),
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
    const weights = new Array<number>(tokens.length);
    const generic = new Array<boolean>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      query[i] = this.queryTokenFor(tokens[i]);
      weights[i] = query[i].weight;
      generic[i] = query[i].generic;
    }
    // Scores are rounded to 4 decimals: a record is skipped only when even its rounded score stays below minScore.
    const skipBelow = minScore - BOUND_MARGIN;
    if (skipBelow > GENERIC_CAP && !this.queryMayMatchDistinctively(query) && !this.allKnown(query)) {
      return;
    }
    const context: QueryContext = { query, sequence: { tokens, weights, generic } };
    for (const record of this.selectCandidateRecords(query, kindFilter)) {
      if (skipBelow > 0 && this.scoreUpperBound(query, record) < skipBelow) continue;
      const candidate = this.candidateSequence(record);
      const match = this.scoreRecord(context, record, candidate);
      const score = match.score;
      const entry = this.recordEntry[record];
      const previous = best.get(entry);
      const primary = this.recordPrimary[record] === 1;
      if (
        previous === undefined ||
        score > previous.score ||
        (score === previous.score && primary && this.recordPrimary[previous.record] === 0)
      ) {
        best.set(entry, { entry, record, score, context, candidate, match });
      }
    }
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
    candidate = this.candidateSequence(record),
  ): SequenceMatch {
    const start = this.recordStart[record];
    const { query } = context;
    return scoreTokenSequences(
      context.sequence,
      candidate,
      (i, j) => this.similarityTo(query[i], this.recordTokens[start + j]),
      spellingSimilarityAboveFloor,
    );
  }

  /** Token similarity of a query token and a vocabulary token, 0 below TOKEN_MATCH_FLOOR. */
  private similarityTo(q: QueryToken, id: number): number {
    let similarity = q.expansions.get(id) ?? q.similarities.get(id);
    if (similarity === undefined) {
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
   * An upper bound of scoreRecord(...).score, at a fraction of its cost (no sorting, no pair
   * objects). scoreTokenSequences pairs tokens one to one, so a matched pair adds at most (its
   * similarity) * (query weight + candidate weight); the bound lets every token take its best
   * similarity on its own (a joined pair's similarity counts for each of its tokens), and charges
   * only unmatchable candidate tokens, at their unmatched cost. Adding a matchable candidate
   * token raises the ratio (its similarity is at least the floor, so 2 * similarity > 1 >= score),
   * which makes the bound hold for whichever tokens the greedy assignment ends up matching; the
   * order penalty only lowers it. When no distinctive pair is possible at all and the names are
   * not the same tokens, the generic-only cap bounds the score as well.
   */
  private scoreUpperBound(query: readonly QueryToken[], record: number): number {
    const start = this.recordStart[record];
    const nc = this.recordStart[record + 1] - start;
    const nq = query.length;
    if (!this.mayMatchDistinctively(query, start, nc) && !this.sameTokens(query, start, nc)) {
      // scoreTokenSequences caps a match without a distinctive pair, unless the names are the same tokens in order.
      return GENERIC_CAP;
    }
    const queryBest = this.boundScratch(nq, nc);
    const candidateBest = this.candidateBoundScratch;
    candidateBest.fill(0, 0, nc);
    for (let i = 0; i < nq; i++) {
      const q = query[i];
      let bestSimilarity = 0;
      for (let j = 0; j < nc; j++) {
        const similarity = this.similarityTo(q, this.recordTokens[start + j]);
        if (similarity > bestSimilarity) bestSimilarity = similarity;
        if (similarity > candidateBest[j]) candidateBest[j] = similarity;
      }
      queryBest[i] = bestSimilarity;
    }
    // Two adjacent tokens written together: their similarity to the other side's token, as scoring
    // computes it (spellingSimilarityAboveFloor; the mask of a joined string is the union of its parts' masks).
    for (let i = 0; i + 1 < nq; i++) {
      for (let j = 0; j < nc; j++) {
        const similarity = this.queryJoinedSimilarity(query, i, this.recordTokens[start + j]);
        if (similarity === 0) continue;
        if (similarity > queryBest[i]) queryBest[i] = similarity;
        if (similarity > queryBest[i + 1]) queryBest[i + 1] = similarity;
        if (similarity > candidateBest[j]) candidateBest[j] = similarity;
      }
    }
    for (let j = 0; j + 1 < nc; j++) {
      for (let i = 0; i < nq; i++) {
        const similarity = this.recordJoinedSimilarity(
          query[i],
          this.recordTokens[start + j],
          this.recordTokens[start + j + 1],
        );
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
      const id = this.recordTokens[start + j];
      if (candidateBest[j] > 0) {
        matched += candidateBest[j] * this.tokenWeights[id];
        total += this.tokenWeights[id];
      } else {
        total += this.tokenRarity[id] * UNMATCHED_CANDIDATE_WEIGHT_FACTOR;
      }
    }
    return total > 0 ? matched / total : 0;
  }

  /**
   * Whether some pair scoreTokenSequences may form is distinctive: non-generic on both sides and at
   * least DISTINCTIVE_PAIR_MIN_SIMILARITY similar (single tokens, or two adjacent ones written together).
   */
  private mayMatchDistinctively(query: readonly QueryToken[], start: number, nc: number): boolean {
    const nq = query.length;
    const tokens = this.recordTokens;
    const generic = this.tokenGeneric;
    for (let i = 0; i < nq; i++) {
      if (query[i].generic) continue;
      for (let j = 0; j < nc; j++) {
        const id = tokens[start + j];
        if (generic[id] === 0 && this.similarityTo(query[i], id) >= DISTINCTIVE_SIMILARITY) return true;
      }
    }
    for (let i = 0; i + 1 < nq; i++) {
      if (query[i].generic || query[i + 1].generic) continue;
      for (let j = 0; j < nc; j++) {
        const id = tokens[start + j];
        if (generic[id] === 0 && this.queryJoinedSimilarity(query, i, id) >= DISTINCTIVE_SIMILARITY)
          return true;
      }
    }
    for (let j = 0; j + 1 < nc; j++) {
      const first = tokens[start + j];
      const second = tokens[start + j + 1];
      if (generic[first] === 1 || generic[second] === 1) continue;
      for (let i = 0; i < nq; i++) {
        if (
          !query[i].generic &&
          this.recordJoinedSimilarity(query[i], first, second) >= DISTINCTIVE_SIMILARITY
        )
          return true;
      }
    }
    return false;
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
        this.hasDistinctiveExpansion(this.describeQueryToken(query[i].text + query[i + 1].text))
      ) {
        return true;
      }
    }
    return false;
  }

  private hasDistinctiveExpansion(q: QueryToken): boolean {
    if (q.splits.length > 0) return true;
    for (const [id, similarity] of q.expansions) {
      if (similarity >= DISTINCTIVE_SIMILARITY && this.tokenGeneric[id] === 0) return true;
    }
    return false;
  }

  /** Every query token is in the vocabulary: the query may be some record's exact tokens. */
  private allKnown(query: readonly QueryToken[]): boolean {
    for (const q of query) {
      if (!this.tokenIds.has(q.text)) return false;
    }
    return true;
  }

  /** The query is the record's tokens in the record's order. */
  private sameTokens(query: readonly QueryToken[], start: number, nc: number): boolean {
    if (query.length !== nc) return false;
    for (let i = 0; i < nc; i++) {
      if (query[i].text !== this.vocabulary[this.recordTokens[start + i]]) return false;
    }
    return true;
  }

  /** Similarity of query tokens i and i + 1 written together to a vocabulary token (0 when lengths rule it out). */
  private queryJoinedSimilarity(query: readonly QueryToken[], i: number, id: number): number {
    const first = query[i];
    const second = query[i + 1];
    if (
      Math.abs(this.tokenLengths[id] - first.text.length - second.text.length) > MAX_JOINED_LENGTH_DIFFERENCE
    )
      return 0;
    return tokenSimilarityAboveFloor(
      first.text + second.text,
      this.vocabulary[id],
      '',
      '',
      first.mask | second.mask,
      this.tokenMasks[id],
    );
  }

  /** Similarity of a query token to two adjacent vocabulary tokens written together (0 when lengths rule it out). */
  private recordJoinedSimilarity(q: QueryToken, first: number, second: number): number {
    if (
      Math.abs(q.text.length - this.tokenLengths[first] - this.tokenLengths[second]) >
      MAX_JOINED_LENGTH_DIFFERENCE
    )
      return 0;
    return tokenSimilarityAboveFloor(
      q.text,
      this.vocabulary[first] + this.vocabulary[second],
      '',
      '',
      q.mask,
      this.tokenMasks[first] | this.tokenMasks[second],
    );
  }

  /** Scratch for scoreUpperBound, grown to the longest query and record seen. */
  private boundScratch(queryLength: number, recordLength: number): Float64Array {
    if (this.queryBoundScratch.length < queryLength)
      this.queryBoundScratch = new Float64Array(queryLength * 2);
    if (this.candidateBoundScratch.length < recordLength)
      this.candidateBoundScratch = new Float64Array(recordLength * 2);
    return this.queryBoundScratch;
  }

  private describeHit(hit: RecordHit): NameMatchCandidate {
    const { candidate, match } = hit;
    const kind = this.entryKinds[hit.entry];
    const countries = this.entryCountries[hit.entry];
    return {
      entryId: this.entryIds[hit.entry],
      score: hit.score,
      matchedName: this.recordName[hit.record],
      matchedNameIsPrimary: this.recordPrimary[hit.record] === 1,
      ...(kind === NO_KIND ? {} : { kind: this.kinds[kind] }),
      ...(countries === undefined ? {} : { countries }),
      explanation: explainSequenceMatch(hit.context.sequence, candidate, match),
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
    const generic = GENERIC.has(text);
    const expansions = new Map<number, number>();
    const seen = new Set<number>();
    const consider = (id: number): void => {
      if (!seen.has(id) && seen.size < MAX_CONSIDERED_PER_TOKEN) {
        seen.add(id);
        const similarity = tokenSimilarity(text, this.vocabulary[id], key, this.tokenKeys[id]);
        if (similarity >= MATCH_FLOOR) {
          expansions.set(id, similarity);
        }
      }
    };
    const exact = this.tokenIds.get(text);
    if (exact !== undefined) {
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
    if (exact === undefined) {
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
    const splits = exact === undefined && expansions.size === 0 ? this.splitIntoKnownTokens(text) : [];
    return this.queryToken(text, key, generic, exact, expansions, splits);
  }

  /** "SIKUTIRAHNAMU" -> [SIKUTI, RAHNAMU] when both halves are known tokens: two names typed without a space. */
  private splitIntoKnownTokens(text: string): Array<readonly [number, number]> {
    const splits: Array<readonly [number, number]> = [];
    for (let at = MIN_SPLIT_PART; at <= text.length - MIN_SPLIT_PART && splits.length < MAX_SPLITS; at++) {
      const left = this.tokenIds.get(text.slice(0, at));
      const right = left === undefined ? undefined : this.tokenIds.get(text.slice(at));
      if (left !== undefined && right !== undefined) splits.push([left, right]);
    }
    return splits;
  }

  private queryToken(
    text: string,
    key: string,
    generic: boolean,
    exact: number | undefined,
    expansions: Map<number, number>,
    splits: Array<readonly [number, number]>,
  ): QueryToken {
    let weight: number;
    if (exact !== undefined) {
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
    return {
      text,
      key,
      weight,
      generic,
      expansions,
      splits,
      mask: characterMask(text),
      similarities: new Map(),
    };
  }

  /**
   * Records worth a full score, in three passes over bounded work:
   * 1. walk the postings of rare query-token expansions (rarest first, within POSTINGS_BUDGET)
   *    and keep the PRESELECTED best by approximate score;
   * 2. add records holding two common query tokens together (pair index);
   * 3. add the gains of common tokens to those records only, and keep the SCORED_RECORDS best.
   * Common tokens have low weights, so a record whose other tokens are common already ranks
   * high after pass 1; that is what keeps pass 3 to a few dozen records.
   */
  private selectCandidateRecords(query: readonly QueryToken[], kindFilter: number | undefined): number[] {
    const expansions: Expansion[] = [];
    for (let queryToken = 0; queryToken < query.length; queryToken++) {
      for (const [tokenId, similarity] of query[queryToken].expansions)
        expansions.push({ queryToken, tokenId, similarity });
    }
    const postingsStart = this.postingsStart;
    expansions.sort(
      (a, b) =>
        postingsStart[a.tokenId + 1] -
          postingsStart[a.tokenId] -
          (postingsStart[b.tokenId + 1] - postingsStart[b.tokenId]) || a.tokenId - b.tokenId,
    );
    let queryWeight = 0;
    for (const q of query) queryWeight += q.weight;

    const accumulator = this.accumulator;
    const touched = this.touched;
    let touchedCount = 0;
    let budget: number = POSTINGS_BUDGET;
    const deferred: Expansion[] = [];
    for (const e of expansions) {
      const df = postingsStart[e.tokenId + 1] - postingsStart[e.tokenId];
      if (df > LONG_POSTINGS_LIST || df > budget) {
        deferred.push(e);
        continue;
      }
      budget -= df;
      const gain = e.similarity * (query[e.queryToken].weight + this.tokenWeights[e.tokenId]);
      for (let p = postingsStart[e.tokenId], end = postingsStart[e.tokenId + 1]; p < end; p++) {
        const record = this.postings[p];
        if (kindFilter !== undefined && this.entryKinds[this.recordEntry[record]] !== kindFilter) continue;
        if (accumulator[record] === 0) touched[touchedCount++] = record;
        accumulator[record] += gain;
      }
    }
    const candidates = this.bestByApproximateScore(touched, touchedCount, queryWeight, PRESELECTED);
    for (let k = 0; k < touchedCount; k++) accumulator[touched[k]] = 0;
    for (const record of candidates) accumulator[record] = 0;
    const hasSplits = query.some((q) => q.splits.length > 0);
    if (deferred.length === 0 && !hasSplits) {
      return candidates.slice(0, SCORED_RECORDS);
    }

    const mark = this.nextCandidateGeneration();
    const candidateMark = this.candidateMark;
    for (const record of candidates) candidateMark[record] = mark;
    const addCandidate = (record: number): void => {
      if (
        candidateMark[record] !== mark &&
        (kindFilter === undefined || this.entryKinds[this.recordEntry[record]] === kindFilter)
      ) {
        candidateMark[record] = mark;
        candidates.push(record);
      }
    };
    // Records holding a common query token together with another query token, through the pair
    // index: per distinctive query token its closest common spellings and its closest spelling.
    const pairable: Expansion[] = [];
    for (let queryToken = 0; queryToken < query.length; queryToken++) {
      if (query[queryToken].generic) continue;
      let closest: Expansion | undefined;
      let commonTaken = 0;
      // Deferred expansions first, then the walked ones: on equal similarity the first one seen stays closest.
      for (const e of deferred) {
        if (e.queryToken !== queryToken || e.similarity < PAIRABLE_SIMILARITY) continue;
        if (closest === undefined || e.similarity > closest.similarity) closest = e;
      }
      for (const e of expansions) {
        if (e.queryToken !== queryToken || e.similarity < PAIRABLE_SIMILARITY) continue;
        if (closest === undefined || e.similarity > closest.similarity) closest = e;
      }
      for (const e of deferred) {
        if (
          e.queryToken === queryToken &&
          e.similarity >= PAIRABLE_SIMILARITY &&
          e !== closest &&
          commonTaken < COMMON_PAIRABLE_PER_TOKEN
        ) {
          pairable.push(e);
          commonTaken++;
        }
      }
      if (closest !== undefined) pairable.push(closest);
    }
    const isCommon = new Set(deferred);
    for (let a = 0; a < pairable.length; a++) {
      for (let b = a + 1; b < pairable.length; b++) {
        const first = pairable[a];
        const second = pairable[b];
        if (first.queryToken === second.queryToken || (!isCommon.has(first) && !isCommon.has(second)))
          continue;
        const records = this.byTokenPair.getByHash(tokenPairKeyHash(first.tokenId, second.tokenId));
        for (let k = 0, end = Math.min(records.length, PAIR_SAMPLE); k < end; k++) addCandidate(records[k]);
      }
    }
    // Records holding both halves of a query token that is two names typed without a space.
    for (const q of query) {
      for (const [left, right] of q.splits) {
        const records = this.byTokenPair.getByHash(tokenPairKeyHash(left, right));
        for (let k = 0, end = Math.min(records.length, PAIR_SAMPLE); k < end; k++) addCandidate(records[k]);
      }
    }
    if (candidates.length === 0 && deferred.length > 0) {
      // Every query token is common and no record holds two of them: a name this unspecific
      // matches thousands of records equally, so only a sample of the rarest list is scored.
      const start = postingsStart[deferred[0].tokenId];
      const end = Math.min(postingsStart[deferred[0].tokenId + 1], start + COMMON_ONLY_SAMPLE);
      for (let p = start; p < end; p++) addCandidate(this.postings[p]);
    }

    // Full approximate score of each candidate: every query token's best gain within the record.
    const gains = this.deferredGain;
    for (const e of expansions) {
      const gain = e.similarity * (query[e.queryToken].weight + this.tokenWeights[e.tokenId]);
      if (gain > gains[e.tokenId]) gains[e.tokenId] = gain;
    }
    for (const q of query) {
      for (const [left, right] of q.splits) {
        gains[left] = Math.max(gains[left], (q.weight + this.tokenWeights[left]) / 2);
        gains[right] = Math.max(gains[right], (q.weight + this.tokenWeights[right]) / 2);
      }
    }
    for (const record of candidates) {
      let sum = 0;
      for (let p = this.recordStart[record], end = this.recordStart[record + 1]; p < end; p++)
        sum += gains[this.recordTokens[p]];
      accumulator[record] = sum;
    }
    for (const e of expansions) gains[e.tokenId] = 0;
    for (const q of query) {
      for (const [left, right] of q.splits) gains[left] = gains[right] = 0;
    }
    const selected = this.bestByApproximateScore(candidates, candidates.length, queryWeight, SCORED_RECORDS);
    for (const record of candidates) accumulator[record] = 0;
    return selected;
  }

  /** A stamp no record carries yet; stamps start over (all cleared) before they would wrap around. */
  private nextCandidateGeneration(): number {
    if (this.candidateGeneration === 0xffffffff) {
      this.candidateMark.fill(0);
      this.candidateGeneration = 0;
    }
    return ++this.candidateGeneration;
  }

  /** The `limit` records with the highest accumulated gain / (query weight + record weight), ties by record. */
  private bestByApproximateScore(
    records: ArrayLike<number>,
    count: number,
    queryWeight: number,
    limit: number,
  ): number[] {
    const accumulator = this.accumulator;
    const recordWeight = this.recordWeight;
    const topRecords: number[] = [];
    const topScores: number[] = [];
    for (let k = 0; k < count; k++) {
      const record = records[k];
      const approximate = accumulator[record] / (queryWeight + recordWeight[record]);
      if (topRecords.length === limit && approximate <= topScores[limit - 1]) {
        continue;
      }
      let position = topRecords.length === limit ? limit - 1 : topRecords.length;
      while (
        position > 0 &&
        (topScores[position - 1] < approximate ||
          (topScores[position - 1] === approximate && topRecords[position - 1] > record))
      ) {
        topScores[position] = topScores[position - 1];
        topRecords[position] = topRecords[position - 1];
        position--;
      }
      topScores[position] = approximate;
      topRecords[position] = record;
    }
    return topRecords;
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** IDF-like rarity: ln(1 + records / df), df of an unseen token taken as 1; generic words scaled down. */
function rarityWeight(recordCount: number, documentFrequency: number, generic: boolean): number {
  const weight = Math.log(1 + Math.max(1, recordCount) / Math.max(1, documentFrequency));
  return generic ? weight * GENERIC_FACTOR : weight;
}

/** A hashed lookup can return a huge list for a very short key; only its head is considered. */
function boundedValues(values: Int32Array): Int32Array {
  return values.length > EXPANSIONS_PER_TOKEN ? values.subarray(0, EXPANSIONS_PER_TOKEN) : values;
}
