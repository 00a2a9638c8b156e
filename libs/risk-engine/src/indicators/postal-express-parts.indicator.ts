import { Type } from '@sinclair/typebox';
import { stringEnum, TRANSPORT_MODES } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints } from './indicator-helpers';

const ParamsSchema = Type.Object(
  { modes: Type.Array(stringEnum(TRANSPORT_MODES), { minItems: 1, default: ['POSTAL', 'EXPRESS'] }) },
  { additionalProperties: false },
);

/** A postal or express consignment carries controlled goods or items described as arms, parts or ammunition. */
export const postalExpressPartsIndicator: IndicatorDefinition = {
  code: 'POSTAL_EXPRESS_PARTS',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params }) {
    const modes = new Set(params.modes as string[]);
    return ({ declaration, analysis }) => {
      const mode = declaration.transport.mode;
      if (!modes.has(mode) || !analysis.anyArmsLike) return [];
      const lines = analysis.items.filter((a) => a.armsLike).map((a) => a.item.line);
      return [
        {
          indicator: code,
          points: clampPoints(setting.points),
          reason: `${mode.toLowerCase()} consignment carries arms-like goods (lines ${lines.join(', ')})`,
          evidence: { field: 'transport.mode', mode, lines },
        },
      ];
    };
  },
};
