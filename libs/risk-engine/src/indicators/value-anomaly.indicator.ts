import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints, itemField } from './indicator-helpers';
import { commodityRangeTable, describeRange, outside, shortNumber } from './commodity-ranges';

const ParamsSchema = Type.Object(
  {
    /** Points for an item declared at zero value (the "gift" pattern). */
    zeroValuePoints: Type.Integer({ minimum: 0, maximum: 100 }),
  },
  { additionalProperties: false },
);

/**
 * Unit value outside the profile's range for the HS heading (converted to the ranges' currency with the
 * profile's rates), or goods declared at zero value. A currency without a rate is not judged.
 */
export const valueAnomalyIndicator: IndicatorDefinition = {
  code: 'VALUE_ANOMALY',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params, document }) {
    const ranges = document.referenceData.commodityRanges;
    const table = commodityRangeTable(ranges);
    const zeroValuePoints = params.zeroValuePoints as number;
    const ratesToBase = new Map(Object.entries(ranges.ratesToBase));
    return ({ analysis }) => {
      const hits: Hit[] = [];
      for (const a of analysis.items) {
        const value = a.item.value;
        if (!value) continue;
        if (value.amount === 0) {
          hits.push({
            indicator: code,
            points: clampPoints(zeroValuePoints),
            itemLine: a.item.line,
            reason: `line ${a.item.line} is declared at zero value`,
            evidence: { field: itemField(a.index, 'value.amount'), amount: 0, currency: value.currency },
          });
          continue;
        }
        const range = table.lookup(a.item.hsCode);
        const rate = ratesToBase.get(value.currency);
        if (!range?.unitValue || rate === undefined || !a.item.quantity) continue;
        const unitValue = (value.amount * rate) / a.item.quantity;
        const side = outside(unitValue, range.unitValue);
        if (!side) continue;
        const expected = describeRange(range.unitValue, ranges.currency);
        hits.push({
          indicator: code,
          points: clampPoints(setting.points),
          itemLine: a.item.line,
          reason: `line ${a.item.line} unit value ${shortNumber(unitValue)} ${ranges.currency} is ${side} the ${expected} expected for ${range.prefix} (${range.label})`,
          evidence: {
            field: itemField(a.index, 'value'),
            unitValue: shortNumber(unitValue),
            currency: ranges.currency,
            expected: range.unitValue,
            heading: range.prefix,
          },
        });
      }
      return hits;
    };
  },
};
