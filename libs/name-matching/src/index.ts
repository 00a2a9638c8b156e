export * from './name-matching.types';
export * from './name-matching.constants';
export { NameIndex } from './index/name-index';
export { normaliseName } from './normalise/normalise-name.util';
export { expandNameVariants } from './normalise/expand-name-variants.util';
export { phoneticKey } from './phonetic/phonetic-key.util';
export { jaroWinkler } from './similarity/jaro-winkler.util';
export { tokenSimilarity } from './similarity/token-similarity.util';
export { scoreTokenSequences } from './similarity/score-token-sequences.util';
// Compact storage the index is made of, for tables of the same scale beside it (the engine's party entries).
export { PackedStrings } from './index/packed-strings';
export { scratchBuffer } from './index/scratch-buffer';
export { stringKeyHash } from './index/string-hash.util';
