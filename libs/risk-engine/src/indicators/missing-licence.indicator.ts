import { Type } from '@sinclair/typebox';
import { DOCUMENT_TYPES, stringEnum, type Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { licenceVerdict, licensingCountries } from './licence-cover';
import { clampPoints, itemField } from './indicator-helpers';

const DocTypes = Type.Array(stringEnum(DOCUMENT_TYPES), { minItems: 1 });

const ParamsSchema = Type.Object(
  {
    /** Document types that authorise controlled goods, per declaration kind. */
    acceptedDocuments: Type.Object(
      { IMPORT: DocTypes, EXPORT: DocTypes, TRANSIT: DocTypes, ENTRY_SUMMARY: DocTypes },
      { additionalProperties: false },
    ),
    expiredPoints: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    foreignIssuerPoints: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    /** Also demand a licence for items only described as arms (HS outside the controlled list). */
    includeArmsLike: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);

/**
 * A controlled item has no licence or end-user certificate covering its line, or the only ones there
 * expired before the declaration was lodged or were issued by a country that is neither origin nor
 * destination (Firearms Protocol art. 10).
 */
export const missingLicenceIndicator: IndicatorDefinition = {
  code: 'MISSING_LICENCE',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params }) {
    const p = params as unknown as {
      acceptedDocuments: Record<string, readonly string[]>;
      expiredPoints?: number;
      foreignIssuerPoints?: number;
      includeArmsLike: boolean;
    };
    const accepted = new Map(
      Object.entries(p.acceptedDocuments).map(([kind, types]) => [kind, new Set(types)]),
    );
    return ({ declaration, analysis }) => {
      const hits: Hit[] = [];
      const types = accepted.get(declaration.kind) ?? new Set<string>();
      const documents = declaration.documents ?? [];
      const route = declaration.route;
      for (const a of analysis.items) {
        if (!a.controlled && !(p.includeArmsLike && a.armsLike)) continue;
        const verdict = licenceVerdict(
          a,
          documents,
          types,
          analysis.submittedDate,
          licensingCountries(declaration, a),
        );
        if (verdict === undefined) continue;
        const goods = a.controlled ? `controlled item (HS ${a.item.hsCode})` : 'item described as arms';
        const base = { indicator: code, itemLine: a.item.line };
        const wanted = [...types].join(', ');
        if (verdict.kind === 'missing') {
          hits.push({
            ...base,
            points: clampPoints(setting.points),
            reason: `${goods} on line ${a.item.line} has no ${wanted} covering it`,
            evidence: {
              field: itemField(a.index, 'hsCode'),
              acceptedTypes: [...types],
              documentsChecked: documents.map((d) => `${d.type}:${d.reference}`),
            },
          });
        } else if (verdict.kind === 'expired') {
          hits.push({
            ...base,
            points: clampPoints(p.expiredPoints ?? setting.points),
            reason: `${verdict.doc.type} ${verdict.doc.reference} for line ${a.item.line} expired on ${verdict.doc.validUntil}, before the declaration of ${analysis.submittedDate}`,
            evidence: {
              field: `documents[${verdict.index}].validUntil`,
              reference: verdict.doc.reference,
              validUntil: verdict.doc.validUntil,
              submittedDate: analysis.submittedDate,
            },
          });
        } else {
          hits.push({
            ...base,
            points: clampPoints(p.foreignIssuerPoints ?? setting.points),
            reason: `${verdict.doc.type} ${verdict.doc.reference} for line ${a.item.line} was issued by ${verdict.doc.issuer}, which is neither origin ${route.origin} nor destination ${route.destination}`,
            evidence: {
              field: `documents[${verdict.index}].issuer`,
              reference: verdict.doc.reference,
              issuer: verdict.doc.issuer,
              origin: route.origin,
              destination: route.destination,
            },
          });
        }
      }
      return hits;
    };
  },
};
