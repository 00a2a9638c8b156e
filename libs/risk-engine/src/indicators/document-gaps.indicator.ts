import { Type } from '@sinclair/typebox';
import {
  DECLARATION_KINDS,
  DOCUMENT_TYPES,
  stringEnum,
  TRANSPORT_MODES,
  type DeclarationDocument,
} from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints } from './indicator-helpers';

const ParamsSchema = Type.Object(
  {
    /** Declaration kinds that are commercial consignments. */
    kinds: Type.Array(stringEnum(DECLARATION_KINDS), { minItems: 1 }),
    required: Type.Array(stringEnum(DOCUMENT_TYPES), { minItems: 1 }),
    /** Modes where the documents are not expected (e.g. letters and small parcels). */
    exemptModes: Type.Array(stringEnum(TRANSPORT_MODES), { default: [] }),
  },
  { additionalProperties: false },
);

function hasDocument(documents: readonly DeclarationDocument[], type: string): boolean {
  for (const document of documents) if (document.type === type) return true;
  return false;
}

/** A commercial consignment comes without invoice or packing list. */
export const documentGapsIndicator: IndicatorDefinition = {
  code: 'DOCUMENT_GAPS',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params }) {
    const kinds = new Set(params.kinds as string[]);
    const required = params.required as string[];
    const exemptModes = new Set(params.exemptModes as string[]);
    return ({ declaration }) => {
      if (!kinds.has(declaration.kind) || exemptModes.has(declaration.transport.mode)) return [];
      const documents = declaration.documents ?? [];
      const missing = required.filter((type) => !hasDocument(documents, type));
      if (missing.length === 0) return [];
      const present = new Set(documents.map((d) => d.type));
      return [
        {
          indicator: code,
          points: clampPoints(setting.points),
          reason: `${declaration.kind.toLowerCase()} consignment has no ${missing.map((m) => m.toLowerCase().replace('_', ' ')).join(' and no ')}`,
          evidence: { field: 'documents', missing, present: [...present].sort() },
        },
      ];
    };
  },
};
