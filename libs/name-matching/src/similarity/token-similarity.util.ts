import {
  MIN_PHONETIC_KEY_LENGTH,
  PHONETIC_MATCH_SIMILARITY,
  TOKEN_MATCH_FLOOR,
  WEAK_AGREEMENT_FACTOR,
} from '../name-matching.constants';
import {
  characterMask,
  jaroWinklerUpperBound,
  joinedJaroWinklerUpperBound,
  joinedMaskJaroWinklerUpperBound,
} from './jaro-winkler-bound.util';
import { jaroWinkler } from './jaro-winkler.util';

/** Tokens this short or shorter agree by chance too easily (ALI / WALI, UN / U). */
const SHORT_TOKEN_LENGTH = 3;
/** A short phonetic key (MN) only supports spellings that are already close (MUN / MOUN, not SOHNE / SANANI). */
const SHORT_KEY_MIN_SPELLING_SIMILARITY = 0.8;

/**
 * Similarity of two normalised tokens in 0..1: Jaro-Winkler, raised to PHONETIC_MATCH_SIMILARITY
 * when both tokens share a phonetic key long enough to mean something (or a short one, their
 * first letter and a close spelling: MUN / MOUN, but not ALI / ELIE). Without that phonetic
 * support, pairs that start with different letters or involve a short token are scaled by
 * WEAK_AGREEMENT_FACTOR: Jaro alone rates ALI / WALI at 0.92. Keys are passed in so that callers
 * compute each token's key once.
 */
export function tokenSimilarity(a: string, b: string, keyA: string, keyB: string): number {
  if (a === b) {
    return 1;
  }
  const jw = jaroWinkler(a, b);
  if (
    keyA !== '' &&
    keyA === keyB &&
    (keyA.length >= MIN_PHONETIC_KEY_LENGTH ||
      (a.charCodeAt(0) === b.charCodeAt(0) && jw >= SHORT_KEY_MIN_SPELLING_SIMILARITY))
  ) {
    return Math.max(jw, PHONETIC_MATCH_SIMILARITY);
  }
  return isWeakAgreement(a, b) ? jw * WEAK_AGREEMENT_FACTOR : jw;
}

/**
 * tokenSimilarity when it can reach TOKEN_MATCH_FLOOR, otherwise 0 (a non-match either way)
 * without running Jaro-Winkler. Masks come from characterMask and are passed in to be computed once.
 */
export function tokenSimilarityAboveFloor(
  a: string,
  b: string,
  keyA: string,
  keyB: string,
  maskA: number,
  maskB: number,
): number {
  if (a === b) {
    return 1;
  }
  if (keyA === '' || keyA !== keyB) {
    const bound =
      jaroWinklerUpperBound(a, maskA, b, maskB) * (isWeakAgreement(a, b) ? WEAK_AGREEMENT_FACTOR : 1);
    if (bound < TOKEN_MATCH_FLOOR) {
      return 0;
    }
  }
  const similarity = tokenSimilarity(a, b, keyA, keyB);
  return similarity >= TOKEN_MATCH_FLOOR ? similarity : 0;
}

/** The same as tokenSimilarityAboveFloor for strings without precomputed keys and masks (joined tokens). */
export function spellingSimilarityAboveFloor(a: string, b: string): number {
  return tokenSimilarityAboveFloor(a, b, '', '', characterMask(a), characterMask(b));
}

/**
 * spellingSimilarityAboveFloor(first + second, other), or with the arguments swapped when
 * `joinedIsSecond`: two adjacent tokens written together against one token. Most such pairs are
 * ruled out by the character bound on the two parts, before any joined string is built.
 */
export function joinedSimilarityAboveFloor(
  first: string,
  second: string,
  joinedMask: number,
  other: string,
  otherMask: number,
  joinedIsSecond: boolean,
): number {
  const weak =
    first.charCodeAt(0) !== other.charCodeAt(0) ||
    Math.min(first.length + second.length, other.length) <= SHORT_TOKEN_LENGTH;
  const factor = weak ? WEAK_AGREEMENT_FACTOR : 1;
  if (
    joinedMaskJaroWinklerUpperBound(first, second, joinedMask, other, otherMask) * factor <
      TOKEN_MATCH_FLOOR ||
    joinedJaroWinklerUpperBound(first, second, joinedMask, other, otherMask) * factor < TOKEN_MATCH_FLOOR
  ) {
    return 0;
  }
  const joined = first + second;
  return joinedIsSecond
    ? tokenSimilarityAboveFloor(other, joined, '', '', otherMask, joinedMask)
    : tokenSimilarityAboveFloor(joined, other, '', '', joinedMask, otherMask);
}

function isWeakAgreement(a: string, b: string): boolean {
  return a.charCodeAt(0) !== b.charCodeAt(0) || Math.min(a.length, b.length) <= SHORT_TOKEN_LENGTH;
}
