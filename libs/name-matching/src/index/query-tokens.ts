import { CANDIDATE_LIMITS, MIN_PHONETIC_KEY_LENGTH, TOKEN_MATCH_FLOOR } from '../name-matching.constants';
import { phoneticKey } from '../phonetic/phonetic-key.util';
import { characterMask } from '../similarity/jaro-winkler-bound.util';
import { tokenSimilarityAboveFloor } from '../similarity/token-similarity.util';
import { deletionVariants } from './deletion-variants.util';
import type { HashedMultiMap } from './hashed-multi-map';
import { ABSENT, IdValueMap } from './id-value-map';
import { GENERIC_TOKENS, rarityWeight, type NameIndexData } from './name-index-data';
import { NOT_IN_VOCABULARY, type QueryToken } from './query-token.model';
import { NOT_FOUND, type StringIdTable } from './string-id-table';

const EXPANSIONS_PER_TOKEN: number = CANDIDATE_LIMITS.expansionsPerToken;
/** Vocabulary tokens compared with one query token at most (bounds the fuzzy lookup). */
const MAX_CONSIDERED_PER_TOKEN = 96;
/** An unknown query token shorter than this gets a share of a rare word's weight. */
const FULL_WEIGHT_LENGTH = 4;
/** Parts of an unknown token tried as two known tokens typed together are at least this long. */
const MIN_SPLIT_PART = 2;
const MAX_SPLITS = 2;
/** Query tokens whose descriptions are remembered; the memo starts over when it holds this many. */
const TOKEN_MEMO_SIZE = 20_000;
/** Similarities remembered over all memoised tokens; the memo starts over past this many. */
const TOKEN_MEMO_SIMILARITIES = 1_000_000;
/** Imported constants read into locals once: the hot loops then read plain module constants. */
const MATCH_FLOOR: number = TOKEN_MATCH_FLOOR;
const MIN_KEY_LENGTH: number = MIN_PHONETIC_KEY_LENGTH;

/**
 * Describes query tokens against the index's vocabulary (weight, close spellings, splits into two
 * known tokens) and compares them with vocabulary tokens, remembering both: descriptions and
 * similarities depend on the token and the immutable index only, so they are kept across searches
 * until the memo is full.
 */
export class QueryTokens {
  private readonly memo = new Map<string, QueryToken>();
  private memoisedSimilarities = 0;
  private readonly recordCount: number;
  private readonly vocabulary: readonly string[];
  private readonly tokenIds: StringIdTable;
  private readonly tokenKeys: readonly string[];
  private readonly tokenMasks: Int32Array;
  private readonly tokenWeights: Float32Array;
  private readonly byPhoneticKey: HashedMultiMap;
  private readonly byDeletion: HashedMultiMap;

  constructor(data: NameIndexData) {
    this.recordCount = data.recordEntry.length;
    ({
      vocabulary: this.vocabulary,
      tokenIds: this.tokenIds,
      tokenKeys: this.tokenKeys,
      tokenMasks: this.tokenMasks,
      tokenWeights: this.tokenWeights,
      byPhoneticKey: this.byPhoneticKey,
      byDeletion: this.byDeletion,
    } = data);
  }

  /** The description of a query token, from the memo when the token was seen before. */
  get(text: string): QueryToken {
    let token = this.memo.get(text);
    if (token === undefined) {
      if (this.memo.size >= TOKEN_MEMO_SIZE || this.memoisedSimilarities >= TOKEN_MEMO_SIMILARITIES) {
        this.memo.clear();
        this.memoisedSimilarities = 0;
      }
      token = this.describe(text);
      this.memo.set(text, token);
    }
    return token;
  }

  /** Token similarity of a query token and a vocabulary token, 0 below TOKEN_MATCH_FLOOR. */
  similarityTo(q: QueryToken, id: number): number {
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

  private describe(text: string): QueryToken {
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
      weight = rarityWeight(this.recordCount, 0, generic) * Math.min(1, text.length / FULL_WEIGHT_LENGTH);
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
}

/** A hashed lookup can return a huge list for a very short key; only its head is considered. */
function boundedValues(values: Int32Array): Int32Array {
  return values.length > EXPANSIONS_PER_TOKEN ? values.subarray(0, EXPANSIONS_PER_TOKEN) : values;
}
