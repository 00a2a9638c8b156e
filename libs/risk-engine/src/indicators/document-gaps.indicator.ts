import { Type } from '@sinclair/typebox';
import {
  DECLARATION_KINDS,
  stringEnum,
  TRANSPORT_MODES,
  type Declaration,
  type DeclarationDocument,
} from '@salw/contracts';
import type { DeclarationAnalysis, IndicatorDefinition } from './indicator.model';
import { clampPoints } from './indicator-helpers';

const Kinds = Type.Array(stringEnum(DECLARATION_KINDS), { minItems: 1 });
const Modes = Type.Array(stringEnum(TRANSPORT_MODES), { default: [] });

const ParamsSchema = Type.Object(
  {
    /** A commercial consignment needs a commercial invoice: these kinds, except in these modes. */
    invoice: Type.Object({ kinds: Kinds, exemptModes: Modes }, { additionalProperties: false }),
    /** Modes whose carrier issues a transport document (bill of lading, air waybill, CMR, CIM). */
    transportDocument: Type.Object(
      { modes: Type.Array(stringEnum(TRANSPORT_MODES), { minItems: 1 }) },
      { additionalProperties: false },
    ),
    /**
     * Controlled or arms-like goods also need a packing list (what is in which package, for an
     * examination); ordinary goods do not, or the indicator would fire on most clean traffic.
     */
    packingList: Type.Object({ kinds: Kinds, exemptModes: Modes }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

interface Gap {
  readonly missing: 'INVOICE' | 'TRANSPORT_DOCUMENT' | 'PACKING_LIST';
  readonly field: string;
  readonly why: string;
}

function hasDocument(documents: readonly DeclarationDocument[], type: string): boolean {
  for (const document of documents) if (document.type === type) return true;
  return false;
}

/** The lines that make a packing list necessary, as "line 1 HS 930200 (controlled)". */
function armsLines(analysis: DeclarationAnalysis): string {
  const lines: string[] = [];
  for (const a of analysis.items) {
    if (!a.armsLike) continue;
    if (lines.length === 3) {
      lines.push('...');
      break;
    }
    lines.push(
      `line ${a.item.line} HS ${a.item.hsCode} (${a.controlled ? 'controlled' : 'described as arms'})`,
    );
  }
  return lines.join(', ');
}

/**
 * A document the consignment's kind and goods require is absent: no commercial invoice on a commercial
 * consignment, no transport document where a carrier issues one, and for controlled or arms-like goods
 * no packing list. One hit naming every gap.
 */
export const documentGapsIndicator: IndicatorDefinition = {
  code: 'DOCUMENT_GAPS',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params }) {
    const p = params as {
      invoice: { kinds: string[]; exemptModes: string[] };
      transportDocument: { modes: string[] };
      packingList: { kinds: string[]; exemptModes: string[] };
    };
    const applies = (rule: { kinds: string[]; exemptModes: string[] }, declaration: Declaration) =>
      rule.kinds.includes(declaration.kind) && !rule.exemptModes.includes(declaration.transport.mode);
    return ({ declaration, analysis }) => {
      const documents = declaration.documents ?? [];
      const kind = declaration.kind.toLowerCase();
      const mode = declaration.transport.mode;
      const gaps: Gap[] = [];
      if (applies(p.invoice, declaration) && !hasDocument(documents, 'INVOICE'))
        gaps.push({
          missing: 'INVOICE',
          field: 'documents',
          why: `no commercial invoice on a commercial ${kind} consignment`,
        });
      if (p.transportDocument.modes.includes(mode) && declaration.transport.transportDocument === undefined)
        gaps.push({
          missing: 'TRANSPORT_DOCUMENT',
          field: 'transport.transportDocument',
          why: `no transport document for carriage by ${mode.toLowerCase()}`,
        });
      if (
        analysis.anyArmsLike &&
        applies(p.packingList, declaration) &&
        !hasDocument(documents, 'PACKING_LIST')
      )
        gaps.push({
          missing: 'PACKING_LIST',
          field: 'documents',
          why: `no packing list, which controlled or arms-like goods require (${armsLines(analysis)})`,
        });
      if (gaps.length === 0) return [];
      return [
        {
          indicator: code,
          points: clampPoints(setting.points),
          reason: `missing documents: ${gaps.map((g) => g.why).join('; ')}`,
          evidence: {
            field: gaps[0]!.field,
            fields: [...new Set(gaps.map((g) => g.field))],
            missing: gaps.map((g) => g.missing),
            present: [...new Set(documents.map((d) => d.type))].sort(),
          },
        },
      ];
    };
  },
};
