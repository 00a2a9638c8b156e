import { GENERIC_WORDS, GENERIC_WORD_WEIGHT_FACTOR } from '../data/generic-words.data';
import { PLACE_WORDS } from '../data/place-words.data';
import type { NameIndexEntry } from '../name-matching.types';
import { expandNameVariants } from '../normalise/expand-name-variants.util';
import { normaliseName } from '../normalise/normalise-name.util';
import { phoneticKey } from '../phonetic/phonetic-key.util';
import { characterMask } from '../similarity/jaro-winkler-bound.util';
import { deletionVariants, MIN_TOKEN_LENGTH_FOR_DELETIONS } from './deletion-variants.util';
import { GrowableInt32Array } from './growable-int32-array';
import { HashedMultiMap, MAX_HASHED_MULTI_MAP_VALUE } from './hashed-multi-map';
import { PackedStrings } from './packed-strings';
import { scratchBuffer } from './scratch-buffer';
import { tokenPairKeyHash } from './string-hash.util';
import { StringIdTable } from './string-id-table';

/** Generic words (trade words, legal and place names): they never carry a match on their own. */
export const GENERIC_TOKENS: ReadonlySet<string> = new Set([...GENERIC_WORDS, ...PLACE_WORDS]);
/** Entry kinds are stored as their position in `kinds` plus one: 0 is an entry without a kind. */
export const NO_KIND = 0;
/** Token pairs are indexed among the first few tokens of a record only, to bound the index size. */
const PAIR_INDEXED_TOKENS = 5;
const GENERIC_FACTOR: number = GENERIC_WORD_WEIGHT_FACTOR;

export type SmallIds = Uint8Array | Uint16Array | Int32Array;

/**
 * The arrays a NameIndex searches. Every name, alias and original-script name of an entry becomes a
 * "record" (a token sequence); records are stored as typed arrays over an interned vocabulary so a
 * million entries fit in a few hundred megabytes.
 */
export interface NameIndexData {
  readonly entryIds: PackedStrings;
  readonly entryKinds: SmallIds;
  readonly kinds: readonly string[];
  /** Per entry, its position in `countryLists` (0: undefined, an entry without countries). */
  readonly entryCountries: SmallIds;
  readonly countryLists: ReadonlyArray<readonly string[] | undefined>;
  readonly vocabulary: readonly string[];
  readonly tokenIds: StringIdTable;
  readonly tokenKeys: readonly string[];
  readonly tokenMasks: Int32Array;
  readonly tokenWeights: Float32Array;
  readonly tokenGeneric: Uint8Array;
  /** Rarity weight without the generic-word discount: what an unmatched listed token costs. */
  readonly tokenRarity: Float32Array;
  readonly recordStart: Int32Array;
  readonly recordTokens: Int32Array;
  readonly recordEntry: Int32Array;
  /** The listed name (or alias) each record came from, as written. */
  readonly recordName: PackedStrings;
  readonly recordPrimary: Uint8Array;
  /**
   * Per record, side by side: [2r] the gain accumulated by the current search (0 between
   * searches; CANDIDATE while the record is a candidate of the second selection pass), [2r + 1]
   * the record's weight. The approximate score reads both right after the postings walk wrote
   * the first, so they share a cache line.
   */
  readonly gainAndWeight: Float32Array;
  readonly postingsStart: Int32Array;
  readonly postings: Int32Array;
  readonly byPhoneticKey: HashedMultiMap;
  readonly byDeletion: HashedMultiMap;
  readonly byTokenPair: HashedMultiMap;
}

/** Builds the arrays of a NameIndex over `entries`; throws a TypeError naming the first malformed entry. */
export function buildNameIndexData(entries: Iterable<NameIndexEntry>): NameIndexData {
  const entryIds = PackedStrings.builder();
  const entryKinds = new GrowableInt32Array();
  const kinds: string[] = [];
  const entryCountries = new GrowableInt32Array();
  // Entries mostly share their countries arrays (one per country): each distinct array is kept once.
  const countryLists: Array<readonly string[] | undefined> = [undefined];
  const countryListIds = new Map<readonly string[] | undefined, number>([[undefined, 0]]);
  const tokenIds = new StringIdTable();
  const vocabulary = tokenIds.strings;
  const recordStart = new GrowableInt32Array();
  recordStart.push(0);
  const recordTokens = new GrowableInt32Array();
  const recordEntry = new GrowableInt32Array();
  const recordName = PackedStrings.builder();
  const recordPrimary = new GrowableInt32Array();

  const intern = (token: string): number => {
    const id = tokenIds.intern(token);
    if (id > MAX_HASHED_MULTI_MAP_VALUE) {
      throw new RangeError(
        `NameIndex vocabulary exceeds ${MAX_HASHED_MULTI_MAP_VALUE + 1} distinct tokens at token "${token}"`,
      );
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
    entryIds.add(entry.entryId);
    let countriesId = countryListIds.get(entry.countries);
    if (countriesId === undefined) {
      countriesId = countryLists.push(entry.countries) - 1;
      countryListIds.set(entry.countries, countriesId);
    }
    entryCountries.push(countriesId);
    if (entry.kind === undefined) {
      entryKinds.push(NO_KIND);
    } else {
      let kindIndex = kinds.indexOf(entry.kind);
      if (kindIndex < 0) {
        kindIndex = kinds.push(entry.kind) - 1;
      }
      entryKinds.push(kindIndex + 1);
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
      recordName.add(name);
      recordPrimary.push(primary ? 1 : 0);
    };
    const allNames = [...entry.names, ...(entry.originalScriptNames ?? [])];
    allNames.forEach((name, nameIndex) => {
      if (typeof name !== 'string') {
        throw new TypeError(`NameIndex.build: name ${nameIndex} of entry ${entry.entryId} must be a string`);
      }
      for (const variant of expandNameVariants(name, isGenericQualifier)) {
        const normalised = normaliseName(variant);
        addRecord(normalised.tokens, name, nameIndex === 0);
        addRecord(normalised.originalScriptTokens, name, nameIndex === 0);
      }
    });
    entryIndex++;
  }

  // Tokens are cut from names being normalised: copied together, they keep no name alive and
  // fill heap pages of their own rather than pinning pages of the build's garbage.
  tokenIds.copyStrings();
  const recordCount = recordEntry.length;
  const vocabularySize = vocabulary.length;
  const starts = recordStart.toInt32Array();
  const tokens = recordTokens.toInt32Array();

  // Document frequency counts each record once even if a token repeats inside it.
  const documentFrequency = new Int32Array(scratchBuffer(4 * vocabularySize));
  const lastRecordSeen = new Int32Array(scratchBuffer(4 * vocabularySize)).fill(-1);
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
  const tokenMasks = new Int32Array(vocabularySize);
  // Tokens that sound alike share one key string.
  const keyIds = new StringIdTable();
  const tokenKeyIds = new Int32Array(scratchBuffer(4 * vocabularySize));
  for (let t = 0; t < vocabularySize; t++) {
    tokenGeneric[t] = GENERIC_TOKENS.has(vocabulary[t]) ? 1 : 0;
    tokenWeights[t] = rarityWeight(recordCount, documentFrequency[t], tokenGeneric[t] === 1);
    tokenRarity[t] = rarityWeight(recordCount, documentFrequency[t], false);
    tokenKeyIds[t] = keyIds.intern(phoneticKey(vocabulary[t]));
    tokenMasks[t] = characterMask(vocabulary[t]);
  }
  keyIds.copyStrings();
  const tokenKeys = Array.from(tokenKeyIds, (id) => keyIds.strings[id]);

  const postingsStart = new Int32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) {
    postingsStart[t + 1] = postingsStart[t] + documentFrequency[t];
  }
  const postings = new Int32Array(postingsStart[vocabularySize]);
  const fill = new Int32Array(scratchBuffer(4 * vocabularySize));
  fill.set(postingsStart.subarray(0, vocabularySize));
  lastRecordSeen.fill(-1);
  const gainAndWeight = new Float32Array(2 * recordCount);
  for (let r = 0; r < recordCount; r++) {
    for (let p = starts[r]; p < starts[r + 1]; p++) {
      const t = tokens[p];
      gainAndWeight[2 * r + 1] += tokenWeights[t];
      if (lastRecordSeen[t] !== r) {
        lastRecordSeen[t] = r;
        postings[fill[t]++] = r;
      }
    }
  }

  // The builders are sized up front: grown by doubling, their last copies would be thrown away
  // right after the build, leaving freed pages the process may not give back.
  let deletionPairs = 0;
  for (let t = 0; t < vocabularySize; t++) {
    const length = vocabulary[t].length;
    deletionPairs += (length >= MIN_TOKEN_LENGTH_FOR_DELETIONS ? length : 0) + (length >= 3 ? 1 : 0);
  }
  const phoneticBuilder = HashedMultiMap.builder(vocabularySize);
  const deletionBuilder = HashedMultiMap.builder(deletionPairs);
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
  let tokenPairs = 0;
  for (let r = 0; r < recordCount; r++) {
    const indexed = Math.min(starts[r + 1] - starts[r], PAIR_INDEXED_TOKENS);
    tokenPairs += (indexed * (indexed - 1)) / 2;
  }
  const pairBuilder = HashedMultiMap.builder(tokenPairs);
  for (let r = 0; r < recordCount; r++) {
    const end = Math.min(starts[r + 1], starts[r] + PAIR_INDEXED_TOKENS);
    for (let p = starts[r]; p < end; p++) {
      for (let q = p + 1; q < end; q++) {
        if (tokens[p] !== tokens[q]) pairBuilder.addByHash(tokenPairKeyHash(tokens[p], tokens[q]), r);
      }
    }
  }

  return {
    entryIds: entryIds.build(),
    entryKinds: smallIds(entryKinds, kinds.length),
    kinds,
    entryCountries: smallIds(entryCountries, countryLists.length - 1),
    countryLists,
    vocabulary,
    tokenIds,
    tokenKeys,
    tokenMasks,
    tokenWeights,
    tokenGeneric,
    tokenRarity,
    recordStart: starts,
    recordTokens: tokens,
    recordEntry: recordEntry.toInt32Array(),
    recordName: recordName.build(),
    recordPrimary: Uint8Array.from(recordPrimary.values()),
    gainAndWeight,
    postingsStart,
    postings,
    byPhoneticKey: phoneticBuilder.build(),
    byDeletion: deletionBuilder.build(),
    byTokenPair: pairBuilder.build(),
  };
}

/**
 * A bracketed part made only of generic words ("(KENYA)" in "AL-HARAMAYN FOUNDATION (KENYA)")
 * qualifies the name it follows: on its own it names nobody, so it is not a record of its own.
 */
function isGenericQualifier(part: string): boolean {
  return normaliseName(part).tokens.every((token) => GENERIC_TOKENS.has(token));
}

/** IDF-like rarity: ln(1 + records / df), df of an unseen token taken as 1; generic words scaled down. */
export function rarityWeight(recordCount: number, documentFrequency: number, generic: boolean): number {
  const weight = Math.log(1 + Math.max(1, recordCount) / Math.max(1, documentFrequency));
  return generic ? weight * GENERIC_FACTOR : weight;
}

/** The ids in the narrowest typed array that holds ids up to `max` (a million entries: 1 or 2 bytes each, not 4). */
function smallIds(ids: GrowableInt32Array, max: number): SmallIds {
  if (max <= 0xff) return Uint8Array.from(ids.values());
  if (max <= 0xffff) return Uint16Array.from(ids.values());
  return ids.toInt32Array();
}
