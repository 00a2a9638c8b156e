import { Type } from '@sinclair/typebox';
import { stringEnum, TRANSPORT_MODES } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints } from './indicator-helpers';
import { AUTHORISING_DOCUMENTS, isLicensedConsignment } from './licence-cover';

const ParamsSchema = Type.Object(
  {
    modes: Type.Array(stringEnum(TRANSPORT_MODES), { minItems: 1, default: ['POSTAL', 'EXPRESS'] }),
    /**
     * Points when every arms-like line is declared under its controlled heading and licensed: the parcel
     * stream was not used to slip past a licensing check, so the cue weighs less. Unset: full points.
     */
    licensedPoints: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);

const AUTHORISING = new Set(AUTHORISING_DOCUMENTS);

/** A postal or express consignment carries controlled goods or items described as arms, parts or ammunition. */
export const postalExpressPartsIndicator: IndicatorDefinition = {
  code: 'POSTAL_EXPRESS_PARTS',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params }) {
    const modes = new Set(params.modes as string[]);
    const licensedPoints = params.licensedPoints as number | undefined;
    return ({ declaration, analysis }) => {
      const mode = declaration.transport.mode;
      if (!modes.has(mode) || !analysis.anyArmsLike) return [];
      const lines = analysis.items.filter((a) => a.armsLike).map((a) => a.item.line);
      const licensed =
        licensedPoints !== undefined && isLicensedConsignment(declaration, analysis, AUTHORISING);
      const what = `${mode.toLowerCase()} consignment carries arms-like goods (lines ${lines.join(', ')})`;
      return [
        {
          indicator: code,
          points: clampPoints(licensed ? (licensedPoints as number) : setting.points),
          reason: licensed ? `${what}, declared under chapter 93 and licensed` : what,
          evidence: { field: 'transport.mode', mode, lines, licensed },
        },
      ];
    };
  },
};
