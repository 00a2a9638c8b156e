import { Type } from '@sinclair/typebox';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints } from './indicator-helpers';
import { AUTHORISING_DOCUMENTS, isLicensedConsignment } from './licence-cover';

const AUTHORISING = new Set(AUTHORISING_DOCUMENTS);

const ParamsSchema = Type.Object(
  {
    roles: Type.Array(Type.Union([Type.Literal('consignee'), Type.Literal('consignor')]), {
      minItems: 1,
      default: ['consignee', 'consignor'],
    }),
    /**
     * Points when the consignment is licensed chapter 93 trade: a licensing authority has vetted the
     * traders, so being new to this system says less. Unset: full points.
     */
    licensedPoints: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);

/**
 * First consignment of a consignee or consignor the system has seen (by none of its keys: id, name,
 * address), carrying controlled or arms-like goods. One hit per declaration however many of its parties
 * are new: the cue is "nobody here has a track record", and counting it per party would let two unknown
 * names weigh twice what one does. The hit names the first new role in `roles` order (the strongest key,
 * consignee before consignor by default) and lists every new party in its reason.
 */
export const newTraderIndicator: IndicatorDefinition = {
  code: 'NEW_TRADER',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params }) {
    const roles = params.roles as ('consignee' | 'consignor')[];
    const licensedPoints = params.licensedPoints as number | undefined;
    return ({ declaration, analysis, history, historyKeys }) => {
      if (!analysis.anyArmsLike) return [];
      const fresh: { role: 'consignee' | 'consignor'; keys: string[] }[] = [];
      for (const role of roles) {
        const keys = historyKeys.filter((k) => k.role === role);
        if (keys.length === 0) continue;
        const seenBefore = keys.some((k) => {
          const first = history.firstSeen[k.key];
          return first !== undefined && first.declarationId !== declaration.declarationId;
        });
        if (!seenBefore) fresh.push({ role, keys: keys.map((k) => k.key) });
      }
      const lead = fresh[0];
      if (!lead) return [];
      const parties = fresh.map((f) => `${f.role} '${declaration.parties[f.role].name}'`).join(' and ');
      const licensed =
        licensedPoints !== undefined && isLicensedConsignment(declaration, analysis, AUTHORISING);
      return [
        {
          indicator: code,
          points: clampPoints(licensed ? (licensedPoints as number) : setting.points),
          party: lead.role,
          reason: licensed
            ? `first consignment seen from ${parties}, carrying licensed arms`
            : `first consignment seen from ${parties}, carrying arms-like goods`,
          evidence: {
            field: `parties.${lead.role}`,
            newRoles: fresh.map((f) => f.role),
            licensed,
            keysChecked: fresh.flatMap((f) => f.keys),
          },
        },
      ];
    };
  },
};
