import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import { stringEnum } from '@salw/contracts';
import { ProfileError } from '../profile/profile.error';
import type { IndicatorCompileInput, IndicatorRunner } from './indicator.model';
import { clampPoints, itemField, quoteList, quotedSpans, termLabels } from './indicator-helpers';

export const KeywordRuleParamsSchema = Type.Object(
  {
    /** Name of a vocabulary in `referenceData.vocabularies`. */
    vocabulary: Type.String({ minLength: 1 }),
    /** Which items the rule looks at, by the controlled status of their HS code. */
    scope: stringEnum(['ALL', 'OUTSIDE_CONTROLLED', 'CONTROLLED'] as const, { default: 'ALL' }),
    /** Verb of the reason sentence: "description <verb> 'gift'". */
    says: Type.String({ minLength: 1, default: 'mentions' }),
  },
  { additionalProperties: false },
);

/**
 * Generic description rule: fires once per item whose description matches the named vocabulary.
 * CONCEALMENT_DESCRIPTION is one; a profile can declare more codes with `kind: "KEYWORD"`.
 */
export function compileKeywordRule({
  code,
  setting,
  params,
  document,
  path,
}: IndicatorCompileInput): IndicatorRunner {
  const vocabulary = params.vocabulary as string;
  const scope = params.scope as 'ALL' | 'OUTSIDE_CONTROLLED' | 'CONTROLLED';
  const says = params.says as string;
  if (!Object.hasOwn(document.referenceData.vocabularies, vocabulary)) {
    throw new ProfileError(
      `${path}.params.vocabulary`,
      `vocabulary '${vocabulary}' is not defined in referenceData.vocabularies`,
    );
  }
  return ({ analysis }) => {
    const hits: Hit[] = [];
    for (const a of analysis.items) {
      if (scope === 'OUTSIDE_CONTROLLED' && a.controlled) continue;
      if (scope === 'CONTROLLED' && !a.controlled) continue;
      const matches = a.text.byVocabulary.get(vocabulary);
      if (!matches) continue;
      let points = Number.NEGATIVE_INFINITY;
      for (const m of matches) points = Math.max(points, m.term.points ?? setting.points);
      const quoted = quotedSpans(a.item.description, matches);
      hits.push({
        indicator: code,
        points: clampPoints(points),
        itemLine: a.item.line,
        reason: `line ${a.item.line} description ${says} ${quoteList(quoted)}`,
        evidence: {
          field: itemField(a.index, 'description'),
          vocabulary,
          matched: quoted,
          terms: termLabels(matches),
        },
      });
    }
    return hits;
  };
}

export const keywordRuleIndicator = {
  kind: 'KEYWORD' as const,
  paramsSchema: KeywordRuleParamsSchema,
  compile: compileKeywordRule,
};
