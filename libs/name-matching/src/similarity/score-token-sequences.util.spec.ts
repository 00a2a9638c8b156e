import { GENERIC_ONLY_SCORE_CAP } from '../name-matching.constants';
import {
  explainSequenceMatch,
  scoreTokenSequences,
  type WeightedTokenSequence,
} from './score-token-sequences.util';
import { spellingSimilarityAboveFloor } from './token-similarity.util';

const GENERIC = new Set(['TRADING', 'KOREA', 'GLOBAL']);

function sequence(text: string, weights: Record<string, number> = {}): WeightedTokenSequence {
  const tokens = text.split(' ');
  return {
    tokens,
    weights: tokens.map((t) => weights[t] ?? (GENERIC.has(t) ? 0.5 : 5)),
    generic: tokens.map((t) => GENERIC.has(t)),
  };
}

function score(query: string, candidate: string, weights: Record<string, number> = {}) {
  const q = sequence(query, weights);
  const c = sequence(candidate, weights);
  const match = scoreTokenSequences(
    q,
    c,
    (i, j) => spellingSimilarityAboveFloor(q.tokens[i], c.tokens[j]),
    (joinedIsCandidate, from, other) => {
      const [joinSide, otherSide] = joinedIsCandidate ? [c.tokens, q.tokens] : [q.tokens, c.tokens];
      return spellingSimilarityAboveFloor(joinSide[from] + joinSide[from + 1], otherSide[other]);
    },
  );
  return { match, explanation: explainSequenceMatch(q, c, match) };
}

describe('scoreTokenSequences', () => {
  it('scores identical names 1', () => {
    expect(score('GREEN PINE ASSOCIATED', 'GREEN PINE ASSOCIATED').match.score).toBe(1);
  });

  it('scores a one-letter typo just below 1 and pairs the misspelt token', () => {
    const { match, explanation } = score('GREEN PINE ASOCIATED', 'GREEN PINE ASSOCIATED');
    expect(match.score).toBeGreaterThan(0.95);
    expect(match.score).toBeLessThan(1);
    expect(explanation.pairs).toContainEqual({
      queryToken: 'ASOCIATED',
      candidateToken: 'ASSOCIATED',
      similarity: 0.9733,
      weight: 10,
    });
  });

  it('scores the same tokens in another order as the same name', () => {
    const { match, explanation } = score('MUKULU JAMIL', 'JAMIL MUKULU');
    expect(explanation.orderAgreement).toBe(0);
    expect(match.score).toBe(1);
    expect(score('ABD ALLAH RAGAB MOHAMED', 'MOHAMED RAGAB ABD ALLAH').match.score).toBe(1);
  });

  it('costs a little when an approximate match comes in another order', () => {
    expect(score('PUTOL COMANDER', 'COMMANDER PUTOL').match.score).toBeLessThan(
      score('COMANDER PUTOL', 'COMMANDER PUTOL').match.score,
    );
  });

  it('costs a little when a partial match comes in another order', () => {
    const inOrder = score('TAHER ANWARI KHAN', 'TAHER ANWARI').match.score;
    const reordered = score('ANWARI TAHER KHAN', 'TAHER ANWARI').match.score;
    expect(reordered).toBeLessThan(inOrder);
    expect(reordered).toBeGreaterThan(inOrder * 0.95);
  });

  it('pulls the score down for a rare unmatched token, more on the query side than the listed side', () => {
    const extraInQuery = score('MUHAMMAD TAHER ANWARI', 'MUHAMMAD ANWARI').match.score;
    const extraInList = score('MUHAMMAD ANWARI', 'MUHAMMAD TAHER ANWARI').match.score;
    expect(extraInQuery).toBeLessThan(0.85);
    expect(extraInList).toBeGreaterThan(extraInQuery);
  });

  it('barely moves for an unmatched generic token', () => {
    expect(score('PYONGSU TRADING', 'PYONGSU').match.score).toBeGreaterThan(0.9);
  });

  it('caps a match made only of generic words, however complete', () => {
    const { match, explanation } = score('KOREA GLOBAL TRADING', 'GLOBAL KOREA TRADING');
    expect(match.score).toBe(GENERIC_ONLY_SCORE_CAP);
    expect(explanation.genericOnlyCapApplied).toBe(true);
  });

  it('does not cap a listed name that is exactly the query, even if generic', () => {
    expect(score('KOREA GLOBAL TRADING', 'KOREA GLOBAL TRADING').match.score).toBe(1);
  });

  it('matches two written-apart tokens to one written-together token', () => {
    const { match, explanation } = score('ABDUL RAHMAN YASIN', 'ABDULRAHMAN YASIN');
    expect(explanation.pairs.map((p) => [p.queryToken, p.candidateToken])).toEqual([
      ['ABDUL RAHMAN', 'ABDULRAHMAN'],
      ['YASIN', 'YASIN'],
    ]);
    expect(match.score).toBe(1);
  });

  it('lists the tokens that found no partner', () => {
    const { explanation } = score('OCEAN STAR ZAHIR', 'ZAHIR BARAKZAI');
    expect(explanation.unmatchedQueryTokens).toEqual(['OCEAN', 'STAR']);
    expect(explanation.unmatchedCandidateTokens).toEqual(['BARAKZAI']);
  });
});
