import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints } from './indicator-helpers';

const ParamsSchema = Type.Object(
  {
    roles: Type.Array(Type.Union([Type.Literal('consignee'), Type.Literal('consignor')]), {
      minItems: 1,
      default: ['consignee', 'consignor'],
    }),
  },
  { additionalProperties: false },
);

/**
 * First consignment of a consignee or consignor the system has seen (by none of its keys: id, name,
 * address), carrying controlled or arms-like goods.
 */
export const newTraderIndicator: IndicatorDefinition = {
  code: 'NEW_TRADER',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params }) {
    const roles = params.roles as ('consignee' | 'consignor')[];
    return ({ declaration, analysis, history, historyKeys }) => {
      if (!analysis.anyArmsLike) return [];
      const hits: Hit[] = [];
      for (const role of roles) {
        const keys = historyKeys.filter((k) => k.role === role);
        if (keys.length === 0) continue;
        const seenBefore = keys.some((k) => {
          const first = history.firstSeen[k.key];
          return first !== undefined && first.declarationId !== declaration.declarationId;
        });
        if (seenBefore) continue;
        hits.push({
          indicator: code,
          points: clampPoints(setting.points),
          party: role,
          reason: `first consignment seen from ${role} '${declaration.parties[role].name}', carrying arms-like goods`,
          evidence: { field: `parties.${role}`, keysChecked: keys.map((k) => k.key) },
        });
      }
      return hits;
    };
  },
};
