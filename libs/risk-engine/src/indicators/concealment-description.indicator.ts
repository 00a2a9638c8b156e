import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints, itemField, quoteList, quotedSpans, termLabels } from './indicator-helpers';
import {
  compileCoverWordingRules,
  CoverWordingParams,
  judgeCoverWording,
  type CoverVerdict,
} from './cover-wording';

const ParamsSchema = Type.Object(
  {
    ...CoverWordingParams,
    /** Controlled items are declared for what they are; a vague wording there hides nothing. */
    scope: Type.Union([Type.Literal('ALL'), Type.Literal('OUTSIDE_CONTROLLED')], {
      default: 'OUTSIDE_CONTROLLED',
    }),
  },
  { additionalProperties: false },
);

const MAX_SPECIFIC_IN_EVIDENCE = 8;

const VERDICT_WORDS: Record<CoverVerdict, string> = {
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
    const rules = compileCoverWordingRules(params, document, `${path}.params`);
    const scope = params.scope as 'ALL' | 'OUTSIDE_CONTROLLED';
    return ({ analysis }) => {
      const hits: Hit[] = [];
      for (const a of analysis.items) {
        if (scope === 'OUTSIDE_CONTROLLED' && a.controlled) continue;
        const judged = judgeCoverWording(a, rules);
        if (!judged) continue;
        const { counted, verdicts, specific } = judged;
        const hsCode = a.item.hsCode;
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
            vocabulary: rules.vocabulary,
            matched: quoted,
            terms: termLabels(counted),
            verdicts: [...verdicts],
            hsCode,
            specificWords: specific.slice(0, MAX_SPECIFIC_IN_EVIDENCE),
          },
        });
      }
      return hits;
    };
  },
};
