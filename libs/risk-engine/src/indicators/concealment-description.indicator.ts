import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import { ProfileError } from '../profile/profile.error';
import type { VocabularyDocument } from '../profile/risk-profile.schema';
import type { TermMatch } from '../text/phrase-matcher';
import { tokenise } from '../text/tokenise.util';
import type { IndicatorDefinition, ItemAnalysis } from './indicator.model';
import { clampPoints, itemField, quoteList, quotedSpans, termLabels } from './indicator-helpers';

const ParamsSchema = Type.Object(
  {
    vocabulary: Type.String({ minLength: 1, default: 'concealment' }),
    /** Controlled items are declared for what they are; a vague wording there hides nothing. */
    scope: Type.Union([Type.Literal('ALL'), Type.Literal('OUTSIDE_CONTROLLED')], {
      default: 'OUTSIDE_CONTROLLED',
    }),
    /** Context group of the vocabulary whose words say nothing specific ("assorted", "parts", "for"). */
    fillerGroup: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' })),
    /**
     * Context group of words that introduce a purpose ("for", "pour", "para"): the words after one, up
     * to the next punctuation, name what the goods serve, not the goods ("spare parts for generator").
     */
    purposeGroup: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' })),
    /** Words beyond the cover phrase, filler, purpose, numbers and arms words that make a description specific. */
    minSpecificWords: Type.Integer({ minimum: 1, maximum: 10, default: 1 }),
  },
  { additionalProperties: false },
);

/** Why a cover term counts on this item. */
type Verdict = 'vague' | 'names-no-goods' | 'arms-wording' | 'other-heading';

const NUMBER = /^[0-9][0-9.]*$/u;
const PUNCTUATION = /[,;:()[\]/|]|\s-\s/u;
const MAX_SPECIFIC_IN_EVIDENCE = 8;

function groupTokens(doc: VocabularyDocument, group: string | undefined, path: string): Set<string> {
  const words = new Set<string>();
  if (group === undefined) return words;
  const forms = doc.contextGroups?.[group];
  if (!forms) throw new ProfileError(path, `context group '${group}' is not defined in the vocabulary`);
  for (const list of Object.values(forms))
    for (const word of list) for (const t of tokenise(word).texts) words.add(t);
  return words;
}

/**
 * The words of a description that say what the goods are: not inside a cover phrase or an arms
 * term, not filler, not a number or single letter, not part of a purpose ("for generator").
 */
function specificWords(
  a: ItemAnalysis,
  covers: readonly TermMatch[],
  filler: Set<string>,
  purpose: Set<string>,
): string[] {
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
    if (purpose.has(word)) {
      inPurpose = true;
      continue;
    }
    if (inPurpose || taken[i] === 1 || filler.has(word) || word.length < 2 || NUMBER.test(word)) continue;
    words.push(description.slice(starts[i], ends[i]));
  }
  return words;
}

const VERDICT_WORDS: Record<Verdict, string> = {
  vague: 'vague: it names no specific goods',
  'names-no-goods': 'a wording that names no goods',
  'arms-wording': 'beside arms wording, which does not fit the heading',
  'other-heading': 'it does not fit the declared heading',
};

/**
 * Vague or cover descriptions (machine parts, gift, personal effects, bare toys, pipes...), judged
 * against the declared heading: weak alone, strong in combination. A specific description that fits
 * its heading ("Plush toys, teddy bears" under 9503) is no cover; vague wording, wording that names
 * no goods, arms wording, or wording that does not fit the heading is.
 */
export const concealmentDescriptionIndicator: IndicatorDefinition = {
  code: 'CONCEALMENT_DESCRIPTION',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params, document, path }) {
    const vocabulary = params.vocabulary as string;
    const scope = params.scope as 'ALL' | 'OUTSIDE_CONTROLLED';
    const minSpecific = params.minSpecificWords as number;
    const doc = document.referenceData.vocabularies[vocabulary];
    if (!doc || !Object.hasOwn(document.referenceData.vocabularies, vocabulary))
      throw new ProfileError(
        `${path}.params.vocabulary`,
        `vocabulary '${vocabulary}' is not defined in referenceData.vocabularies`,
      );
    const filler = groupTokens(doc, params.fillerGroup as string | undefined, `${path}.params.fillerGroup`);
    const purpose = groupTokens(
      doc,
      params.purposeGroup as string | undefined,
      `${path}.params.purposeGroup`,
    );
    return ({ analysis }) => {
      const hits: Hit[] = [];
      for (const a of analysis.items) {
        if (scope === 'OUTSIDE_CONTROLLED' && a.controlled) continue;
        const matches = a.text.byVocabulary.get(vocabulary);
        if (!matches) continue;
        const specific = specificWords(a, matches, filler, purpose);
        const hsCode = a.item.hsCode;
        const counted: TermMatch[] = [];
        const verdicts: Verdict[] = [];
        for (const m of matches) {
          let verdict: Verdict | undefined;
          if (m.term.fitsHs.length === 0) verdict = 'names-no-goods';
          else if (a.arms.length > 0) verdict = 'arms-wording';
          else if (specific.length < minSpecific) verdict = 'vague';
          else if (!m.term.fitsHs.some((prefix) => hsCode.startsWith(prefix))) verdict = 'other-heading';
          if (verdict === undefined) continue;
          counted.push(m);
          if (!verdicts.includes(verdict)) verdicts.push(verdict);
        }
        if (counted.length === 0) continue;
        let points = Number.NEGATIVE_INFINITY;
        for (const m of counted) points = Math.max(points, m.term.points ?? setting.points);
        const quoted = quotedSpans(a.item.description, counted);
        const why = verdicts
          .map((v) => (v === 'other-heading' ? `${VERDICT_WORDS[v]} (HS ${hsCode})` : VERDICT_WORDS[v]))
          .join('; ');
        hits.push({
          indicator: code,
          points: clampPoints(points),
          itemLine: a.item.line,
          reason: `line ${a.item.line} description is a cover wording: ${quoteList(quoted)}, ${why}`,
          evidence: {
            field: itemField(a.index, 'description'),
            vocabulary,
            matched: quoted,
            terms: termLabels(counted),
            verdicts,
            hsCode,
            specificWords: specific.slice(0, MAX_SPECIFIC_IN_EVIDENCE),
          },
        });
      }
      return hits;
    };
  },
};
