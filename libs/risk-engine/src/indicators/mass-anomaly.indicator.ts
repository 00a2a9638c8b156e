import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints, itemField } from './indicator-helpers';
import { commodityRangeTable, describeRange, outside, shortNumber } from './commodity-ranges';

const ParamsSchema = Type.Object(
  {
    netAboveGrossPoints: Type.Integer({ minimum: 0, maximum: 100 }),
    /**
     * A mass per unit more than this many times the range's maximum (or under its minimum divided by it)
     * is not a weighing slip but a different load: it scores `farPoints`.
     */
    farFactor: Type.Optional(Type.Number({ minimum: 1, maximum: 1000 })),
    farPoints: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);

/**
 * Net mass above gross mass, or mass per unit outside the profile's range for the HS heading; far outside
 * it (`farFactor`) weighs `farPoints`, since goods that weigh several times what they can hide something else.
 */
export const massAnomalyIndicator: IndicatorDefinition = {
  code: 'MASS_ANOMALY',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params, document }) {
    const table = commodityRangeTable(document.referenceData.commodityRanges);
    const netAboveGrossPoints = params.netAboveGrossPoints as number;
    const farFactor = params.farFactor as number | undefined;
    const farPoints = (params.farPoints as number | undefined) ?? setting.points;
    return ({ analysis }) => {
      const hits: Hit[] = [];
      for (const a of analysis.items) {
        const { grossMassKg, netMassKg, quantity } = a.item;
        if (grossMassKg !== undefined && netMassKg !== undefined && netMassKg > grossMassKg) {
          hits.push({
            indicator: code,
            points: clampPoints(netAboveGrossPoints),
            itemLine: a.item.line,
            reason: `line ${a.item.line} net mass ${netMassKg} kg is above its gross mass ${grossMassKg} kg`,
            evidence: { field: itemField(a.index, 'netMassKg'), netMassKg, grossMassKg },
          });
        }
        const mass = netMassKg ?? grossMassKg;
        const range = table.lookup(a.item.hsCode);
        if (mass === undefined || !quantity || !range?.massPerUnitKg) continue;
        const perUnit = mass / quantity;
        const side = outside(perUnit, range.massPerUnitKg);
        if (!side) continue;
        const { min, max } = range.massPerUnitKg;
        const far =
          farFactor !== undefined &&
          (side === 'above' ? perUnit > (max as number) * farFactor : perUnit * farFactor < (min as number));
        const bound = side === 'above' ? max : min;
        const times = far
          ? `, ${shortNumber(side === 'above' ? perUnit / (bound as number) : (bound as number) / perUnit)} times ${side === 'above' ? 'the heaviest' : 'lighter than the lightest'} plausible`
          : '';
        hits.push({
          indicator: code,
          points: clampPoints(far ? farPoints : setting.points),
          itemLine: a.item.line,
          reason: `line ${a.item.line} weighs ${shortNumber(perUnit)} kg per unit, ${side} the ${describeRange(range.massPerUnitKg, 'kg')} expected for ${range.prefix} (${range.label})${times}`,
          evidence: {
            field: itemField(a.index, netMassKg !== undefined ? 'netMassKg' : 'grossMassKg'),
            massPerUnitKg: shortNumber(perUnit),
            expected: range.massPerUnitKg,
            heading: range.prefix,
            far,
          },
        });
      }
      return hits;
    };
  },
};
