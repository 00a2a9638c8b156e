import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints, itemField, quoteList, quotedSpans, termLabels } from './indicator-helpers';

const ParamsSchema = Type.Object(
  {
    /** Points by term category (FIREARM, PART, AMMUNITION, MODEL, CALIBRE...); the setting's points otherwise. */
    categoryPoints: Type.Record(
      Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' }),
      Type.Integer({ minimum: 0, maximum: 100 }),
      { default: {}, additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

/**
 * The description names firearms, their parts or ammunition (any language of the arms vocabulary,
 * context rules applied) while the HS code is outside every controlled heading.
 */
export const armsKeywordMismatchIndicator: IndicatorDefinition = {
  code: 'ARMS_KEYWORD_MISMATCH',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params }) {
    const categoryPoints = params.categoryPoints as Record<string, number>;
    return ({ analysis }) => {
      const hits: Hit[] = [];
      for (const a of analysis.items) {
        if (a.controlled || a.arms.length === 0) continue;
        let points = 0;
        for (const m of a.arms)
          points = Math.max(points, m.term.points ?? categoryPoints[m.term.category] ?? setting.points);
        const quoted = quotedSpans(a.item.description, a.arms);
        hits.push({
          indicator: code,
          points: clampPoints(points),
          itemLine: a.item.line,
          reason: `description mentions ${quoteList(quoted)} but HS ${a.item.hsCode} is outside chapter 93`,
          evidence: {
            field: itemField(a.index, 'description'),
            matched: quoted,
            terms: termLabels(a.arms),
            categories: [...new Set(a.arms.map((m) => m.term.category))],
            languages: [...new Set(a.arms.map((m) => m.lang))],
            hsCode: a.item.hsCode,
          },
        });
      }
      return hits;
    };
  },
};
