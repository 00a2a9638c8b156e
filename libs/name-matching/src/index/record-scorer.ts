import { SHORT_ONE_WORD_MAX_LENGTH } from '../name-matching.constants';
import {
  scoreTokenSequences,
  type SequenceMatch,
  type WeightedTokenSequence,
} from '../similarity/score-token-sequences.util';
import { joinedSimilarityAboveFloor } from '../similarity/token-similarity.util';
import { NO_KIND, type NameIndexData, type SmallIds } from './name-index-data';
import type { QueryContext, QueryToken } from './query-token.model';
import type { QueryTokens } from './query-tokens';
import { RecordReader } from './record-reader';

const SHORT_ONE_WORD_LENGTH: number = SHORT_ONE_WORD_MAX_LENGTH;
/** Entry kinds naming a natural person, as the UN list, national lists and tests spell them. */
const PERSON_KIND = /^(individual|person|natural)/i;

/**
 * Scores a query against one record in full (scoreTokenSequences over the record's tokens, with the
 * query tokens' remembered similarities), and tells when a one-word record is weak evidence.
 */
export class RecordScorer extends RecordReader {
  /** Per entry kind (as in entryKinds), 1 when it names a natural person. */
  private readonly personKinds: Uint8Array;
  private readonly recordEntry: Int32Array;
  private readonly recordPrimary: Uint8Array;
  private readonly entryKinds: SmallIds;

  constructor(data: NameIndexData, tokenLengths: Int32Array, queryTokens: QueryTokens) {
    super(data, tokenLengths, queryTokens);
    ({
      recordEntry: this.recordEntry,
      recordPrimary: this.recordPrimary,
      entryKinds: this.entryKinds,
    } = data);
    this.personKinds = Uint8Array.from([
      NO_KIND,
      ...data.kinds.map((kind) => (PERSON_KIND.test(kind) ? 1 : 0)),
    ]);
  }

  /** The record as scoreTokenSequences reads it: its tokens with their weights. */
  candidateSequence(record: number): WeightedTokenSequence {
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

  score(context: QueryContext, record: number, candidate: WeightedTokenSequence): SequenceMatch {
    const start = this.recordStart[record];
    const { query } = context;
    const tokens = this.recordTokens;
    const vocabulary = this.vocabulary;
    const masks = this.tokenMasks;
    return scoreTokenSequences(
      context.sequence,
      candidate,
      (i, j) => this.queryTokens.similarityTo(query[i], tokens[start + j]),
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

  /**
   * One-word listed names that are weak evidence of this match (ONE_WORD_RECORD rules):
   * - a person's one-word alias ("Saleh", "Riyadh", "Hassan") when the query says more than that
   *   word: it names the person only on its own, and the person's fuller names are records too;
   * - a one-word name of at most SHORT_ONE_WORD_MAX_LENGTH characters (acronyms such as KCST,
   *   short words such as BASE) not spelled the same: at that length a typo or a shared sound is
   *   another word ("Costa" is not KCST, "Ngata" is not NATA).
   */
  isWeakOneWordMatch(record: number, query: readonly QueryToken[], match: SequenceMatch): boolean {
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
}
