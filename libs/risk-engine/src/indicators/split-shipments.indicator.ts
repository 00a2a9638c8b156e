import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints } from './indicator-helpers';
import { AUTHORISING_DOCUMENTS, isLicensedConsignment } from './licence-cover';

const AUTHORISING = new Set(AUTHORISING_DOCUMENTS);

export const SplitShipmentsParamsSchema = Type.Object(
  {
    /** Look-back window of trader history. */
    windowHours: Type.Number({ exclusiveMinimum: 0, maximum: 24 * 366 }),
    /** Arms-like consignments to one consignee key within the window, this one included, that fire. */
    minConsignments: Type.Integer({ minimum: 2, maximum: 1000 }),
    /**
     * Stay quiet when every arms-like line of this consignment is declared under its controlled heading
     * and licensed: deliveries under a licence are a schedule the licensing authority approved, not
     * structuring to stay under anyone's radar.
     */
    exemptLicensed: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);

/**
 * Several consignments of arms-like goods to the same consignee (by id, name or address) within the
 * window. Counts distinct declarations, so replays and amendments never inflate the count. With
 * `exemptLicensed`, a consignment that is licensed chapter 93 trade does not fire.
 */
export const splitShipmentsIndicator: IndicatorDefinition = {
  code: 'SPLIT_SHIPMENTS',
  paramsSchema: SplitShipmentsParamsSchema,
  compile({ code, setting, params }) {
    const windowHours = params.windowHours as number;
    const minConsignments = params.minConsignments as number;
    const exemptLicensed = params.exemptLicensed as boolean;
    return ({ declaration, analysis, history, historyKeys }) => {
      if (!analysis.anyArmsLike) return [];
      if (exemptLicensed && isLicensedConsignment(declaration, analysis, AUTHORISING)) return [];
      let best: { key: string; by: string; ids: string[] } | undefined;
      for (const k of historyKeys) {
        if (k.role !== 'consignee') continue;
        const ids = (history.recentArmsLike[k.key] ?? []).filter((id) => id !== declaration.declarationId);
        if (!best || ids.length > best.ids.length) best = { key: k.key, by: k.by, ids: [...new Set(ids)] };
      }
      if (!best || best.ids.length + 1 < minConsignments) return [];
      const count = best.ids.length + 1;
      const hit: Hit = {
        indicator: code,
        points: clampPoints(setting.points),
        party: 'consignee',
        reason: `${count} consignments of arms-like goods to the same consignee ${best.by} within ${windowHours} h`,
        evidence: { key: best.key, matchedBy: best.by, count, windowHours, otherDeclarations: best.ids },
      };
      return [hit];
    };
  },
};
