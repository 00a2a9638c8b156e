import { Type } from '@sinclair/typebox';
import { ProfileError } from '../profile/profile.error';
import type { RiskProfileDocument, VocabularyDocument } from '../profile/risk-profile.schema';
import type { TermMatch } from '../text/phrase-matcher';
import { tokenise } from '../text/tokenise.util';
import type { ItemAnalysis } from './indicator.model';

/** How cover wording is judged: the vocabulary and the word groups that make a description vague. */
export const CoverWordingParams = {
  vocabulary: Type.String({ minLength: 1, default: 'concealment' }),
  /** Context group of the vocabulary whose words say nothing specific ("assorted", "parts", "for"). */
  fillerGroup: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' })),
  /**
   * Context group of words that introduce a purpose ("for", "pour", "para"): the words after one, up
   * to the next punctuation, name what the goods serve, not the goods ("spare parts for generator").
   */
  purposeGroup: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' })),
  /** Words beyond the cover phrase, filler, purpose, numbers and arms words that make a description specific. */
  minSpecificWords: Type.Integer({ minimum: 1, maximum: 10, default: 1 }),
};

/** Why a cover term counts on an item. */
export type CoverVerdict = 'vague' | 'names-no-goods' | 'arms-wording' | 'other-heading';

export interface CoverWordingRules {
  readonly vocabulary: string;
  readonly filler: ReadonlySet<string>;
  readonly purpose: ReadonlySet<string>;
  readonly minSpecific: number;
}

/** The cover terms that count on an item, why, and the words that made the description specific. */
export interface CoverJudgement {
  readonly counted: readonly TermMatch[];
  readonly verdicts: readonly CoverVerdict[];
  readonly specific: readonly string[];
}

const NUMBER = /^[0-9][0-9.]*$/u;
const PUNCTUATION = /[,;:()[\]/|]|\s-\s/u;

function groupTokens(doc: VocabularyDocument, group: string | undefined, path: string): Set<string> {
  const words = new Set<string>();
  if (group === undefined) return words;
  const forms = doc.contextGroups?.[group];
  if (!forms) throw new ProfileError(path, `context group '${group}' is not defined in the vocabulary`);
  for (const list of Object.values(forms))
    for (const word of list) for (const t of tokenise(word).texts) words.add(t);
  return words;
}

/** Reads the cover-wording params (validated by the indicator's schema) against the profile's vocabularies. */
export function compileCoverWordingRules(
  params: Record<string, unknown>,
  document: RiskProfileDocument,
  path: string,
): CoverWordingRules {
  const vocabulary = params.vocabulary as string;
  const doc = Object.hasOwn(document.referenceData.vocabularies, vocabulary)
    ? document.referenceData.vocabularies[vocabulary]
    : undefined;
  if (!doc)
    throw new ProfileError(
      `${path}.vocabulary`,
      `vocabulary '${vocabulary}' is not defined in referenceData.vocabularies`,
    );
  return {
    vocabulary,
    filler: groupTokens(doc, params.fillerGroup as string | undefined, `${path}.fillerGroup`),
    purpose: groupTokens(doc, params.purposeGroup as string | undefined, `${path}.purposeGroup`),
    minSpecific: params.minSpecificWords as number,
  };
}

/**
 * The words of a description that say what the goods are: not inside a cover phrase or an arms
 * term, not filler, not a number or single letter, not part of a purpose ("for generator").
 */
function specificWords(a: ItemAnalysis, covers: readonly TermMatch[], rules: CoverWordingRules): string[] {
  const { texts, starts, ends } = a.text.tokens;
  const taken = new Uint8Array(texts.length);
  for (const m of covers) for (let i = m.firstToken; i <= m.lastToken; i++) taken[i] = 1;
  for (const m of a.arms) for (let i = m.firstToken; i <= m.lastToken; i++) taken[i] = 1;
  const description = a.item.description;
  const words: string[] = [];
  let inPurpose = false;
  for (let i = 0; i < texts.length; i++) {
    if (inPurpose && i > 0 && PUNCTUATION.test(description.slice(ends[i - 1], starts[i]))) inPurpose = false;
    const word = texts[i] as string;
    if (rules.purpose.has(word)) {
      inPurpose = true;
      continue;
    }
    if (inPurpose || taken[i] === 1 || rules.filler.has(word) || word.length < 2 || NUMBER.test(word))
      continue;
    words.push(description.slice(starts[i], ends[i]));
  }
  return words;
}

/**
 * Cover wording judged against the item's declared heading. A term that names goods of its `fitsHs`
 * headings is no cover in a specific description under one of them ("Plush toys, teddy bears" under
 * 9503); it is a cover when the description is vague, carries arms wording, or sits under another
 * heading. A term without `fitsHs` names no goods (personal effects) and is always a cover.
 * undefined when no cover term counts.
 */
export function judgeCoverWording(a: ItemAnalysis, rules: CoverWordingRules): CoverJudgement | undefined {
  const matches = a.text.byVocabulary.get(rules.vocabulary);
  if (!matches) return undefined;
  const specific = specificWords(a, matches, rules);
  const hsCode = a.item.hsCode;
  const counted: TermMatch[] = [];
  const verdicts: CoverVerdict[] = [];
  for (const m of matches) {
    let verdict: CoverVerdict | undefined;
    if (m.term.fitsHs.length === 0) verdict = 'names-no-goods';
    else if (a.arms.length > 0) verdict = 'arms-wording';
    else if (specific.length < rules.minSpecific) verdict = 'vague';
    else if (!m.term.fitsHs.some((prefix) => hsCode.startsWith(prefix))) verdict = 'other-heading';
    if (verdict === undefined) continue;
    counted.push(m);
    if (!verdicts.includes(verdict)) verdicts.push(verdict);
  }
  return counted.length === 0 ? undefined : { counted, verdicts, specific };
}
