import { Type } from '@sinclair/typebox';
import type { IndicatorDefinition } from './indicator.model';
import { compileKeywordRule } from './keyword-rule.indicator';

const ParamsSchema = Type.Object(
  {
    vocabulary: Type.String({ minLength: 1, default: 'concealment' }),
    /** Controlled items are declared for what they are; a vague wording there hides nothing. */
    scope: Type.Union([Type.Literal('ALL'), Type.Literal('OUTSIDE_CONTROLLED')], {
      default: 'OUTSIDE_CONTROLLED',
    }),
  },
  { additionalProperties: false },
);

/** Vague or cover descriptions (machine parts, gift, personal effects, toys...): weak alone, strong in combination. */
export const concealmentDescriptionIndicator: IndicatorDefinition = {
  code: 'CONCEALMENT_DESCRIPTION',
  paramsSchema: ParamsSchema,
  compile(input) {
    return compileKeywordRule({ ...input, params: { ...input.params, says: 'is a cover wording:' } });
  },
};
