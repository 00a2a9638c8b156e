import { Type } from '@sinclair/typebox';
import { PAYMENT_METHODS, stringEnum } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints } from './indicator-helpers';

const ParamsSchema = Type.Object(
  { methods: Type.Array(stringEnum(PAYMENT_METHODS), { minItems: 1, default: ['CASH'] }) },
  { additionalProperties: false },
);

/** Freight or goods paid in cash (or another method the profile lists). */
export const cashPaymentIndicator: IndicatorDefinition = {
  code: 'CASH_PAYMENT',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params }) {
    const methods = new Set(params.methods as string[]);
    return ({ declaration }) => {
      const method = declaration.payment?.method;
      if (method === undefined || !methods.has(method)) return [];
      return [
        {
          indicator: code,
          points: clampPoints(setting.points),
          reason: `payment declared as ${method.toLowerCase()}`,
          evidence: { field: 'payment.method', method },
        },
      ];
    };
  },
};
