import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints, itemField } from './indicator-helpers';

/** An item's HS code falls under chapter 93 or another heading the profile lists as controlled. */
export const controlledGoodsIndicator: IndicatorDefinition = {
  code: 'CONTROLLED_GOODS',
  paramsSchema: Type.Object({}, { additionalProperties: false }),
  compile({ code, setting }) {
    return ({ analysis }) => {
      const hits: Hit[] = [];
      for (const a of analysis.items) {
        const heading = a.controlled;
        if (!heading) continue;
        const where = heading.chapter93 ? 'a chapter 93 arms heading' : 'a controlled heading';
        hits.push({
          indicator: code,
          points: clampPoints(heading.points ?? setting.points),
          itemLine: a.item.line,
          reason: `HS ${a.item.hsCode} is ${where} (${heading.prefix} ${heading.label})`,
          evidence: {
            field: itemField(a.index, 'hsCode'),
            hsCode: a.item.hsCode,
            heading: heading.prefix,
            label: heading.label,
            category: heading.category,
          },
        });
      }
      return hits;
    };
  },
};
