import { Type } from '@sinclair/typebox';
import { DOCUMENT_TYPES, stringEnum, type Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import {
  DEFAULT_ISSUER_RULES,
  ISSUER_PLACES,
  judgeLicences,
  type IssuerPlace,
  type IssuerRules,
} from './licence-cover';
import { clampPoints, itemField } from './indicator-helpers';

const DocTypes = Type.Array(stringEnum(DOCUMENT_TYPES), { minItems: 1 });

const ParamsSchema = Type.Object(
  {
    /** Document types that authorise controlled goods, per declaration kind. */
    acceptedDocuments: Type.Object(
      { IMPORT: DocTypes, EXPORT: DocTypes, TRANSIT: DocTypes, ENTRY_SUMMARY: DocTypes },
      { additionalProperties: false },
    ),
    /**
     * Which country issues each kind of document (by its place in the declaration). A document issued
     * by another country is foreign-issued, whatever else is presented beside it.
     */
    issuers: Type.Record(
      Type.String({ pattern: `^(${DOCUMENT_TYPES.join('|')})$` }),
      Type.Array(stringEnum(ISSUER_PLACES), { minItems: 1 }),
      {
        additionalProperties: false,
        default: DEFAULT_ISSUER_RULES,
      },
    ),
    expiredPoints: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    foreignIssuerPoints: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    /** Also demand a licence for items only described as arms (HS outside the controlled list). */
    includeArmsLike: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);

const PLACE_WORDS: Record<IssuerPlace, string> = {
  ORIGIN: 'the country of export',
  DESTINATION: 'the country of destination',
  TRANSIT: 'a transit country',
  ITEM_ORIGIN: 'the country of origin of the goods',
  OFFICE: 'the country of the customs office',
};

function lineList(lines: readonly number[]): string {
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`;
}

/**
 * Every licence and certificate judged on its own (Firearms Protocol art. 10): a controlled line that
 * no sound document of an accepted type covers; and each document presented for controlled lines that
 * had expired when the declaration was lodged or was issued by a country that does not issue its kind
 * (an export licence by the country of export; an import licence or end-user certificate by the
 * country of destination). A valid certificate does not cure an expired or foreign licence beside it.
 */
export const missingLicenceIndicator: IndicatorDefinition = {
  code: 'MISSING_LICENCE',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params }) {
    const p = params as unknown as {
      acceptedDocuments: Record<string, readonly string[]>;
      issuers: IssuerRules;
      expiredPoints?: number;
      foreignIssuerPoints?: number;
      includeArmsLike: boolean;
    };
    const accepted = new Map(
      Object.entries(p.acceptedDocuments).map(([kind, types]) => [kind, new Set(types)]),
    );
    return ({ declaration, analysis }) => {
      if (!analysis.anyArmsLike) return [];
      const examined = analysis.items.filter((a) => a.controlled || (p.includeArmsLike && a.armsLike));
      if (examined.length === 0) return [];
      const types = accepted.get(declaration.kind) ?? new Set<string>();
      const documents = declaration.documents ?? [];
      const { uncovered, defective } = judgeLicences(declaration, analysis, examined, types, p.issuers);
      const hits: Hit[] = [];
      const wanted = [...types].join(', ');
      for (const a of uncovered) {
        const goods = a.controlled ? `controlled item (HS ${a.item.hsCode})` : 'item described as arms';
        hits.push({
          indicator: code,
          itemLine: a.item.line,
          points: clampPoints(setting.points),
          reason: `${goods} on line ${a.item.line} has no valid ${wanted} covering it`,
          evidence: {
            field: itemField(a.index, 'hsCode'),
            acceptedTypes: [...types],
            documentsChecked: documents.map((d) => `${d.type}:${d.reference}`),
          },
        });
      }
      const date = analysis.submittedDate;
      for (const { doc, index, defect, lines } of defective) {
        const named = `${doc.type} ${doc.reference}`;
        const base = { indicator: code, itemLine: lines[0] as number };
        if (defect.kind === 'expired') {
          hits.push({
            ...base,
            points: clampPoints(p.expiredPoints ?? setting.points),
            reason: `${named} presented for ${lineList(lines)} expired on ${doc.validUntil}, before the declaration of ${date}`,
            evidence: {
              field: `documents[${index}].validUntil`,
              type: doc.type,
              reference: doc.reference,
              validUntil: doc.validUntil,
              submittedDate: date,
              lines,
            },
          });
        } else {
          const who = defect.places.map((place) => PLACE_WORDS[place]).join(' or ');
          const expected = defect.expected.length > 0 ? ` (${defect.expected.join(', ')})` : '';
          hits.push({
            ...base,
            points: clampPoints(p.foreignIssuerPoints ?? setting.points),
            reason: `${named} presented for ${lineList(lines)} was issued by ${doc.issuer}, but a ${doc.type.toLowerCase().replaceAll('_', ' ')} is issued by ${who}${expected}`,
            evidence: {
              field: `documents[${index}].issuer`,
              type: doc.type,
              reference: doc.reference,
              issuer: doc.issuer,
              expectedIssuers: defect.expected,
              lines,
            },
          });
        }
      }
      return hits;
    };
  },
};
