import type { DeclarationDocument } from '../schemas/declaration.schema';
import { documentTypeFor } from './additional-document-types.data';
import type { MappedItem } from './map-goods-items';
import type { MappingContext } from './mapping-context';
import { withoutUndefined } from './own-value.util';
import { parseWcoDate } from './wco-date-time';
import type { XmlElement } from './xml-element';

interface PendingDocument {
  document: DeclarationDocument;
  element: XmlElement;
}

/**
 * AdditionalDocument (DE 2/3) on Declaration and GoodsShipment covers all items; on a goods item it
 * covers that item, and the same document code and reference on several items becomes one document
 * listing those lines. The type comes from the category + type code table.
 */
export function mapDocuments(
  declaration: XmlElement,
  items: readonly MappedItem[],
  ctx: MappingContext,
): DeclarationDocument[] {
  const pending = new Map<string, PendingDocument>();
  const headerDocuments = [
    ...declaration.children('AdditionalDocument'),
    ...(declaration.find('GoodsShipment')?.children('AdditionalDocument') ?? []),
  ];
  for (const element of headerDocuments) addDocument(element, undefined, pending, ctx);
  for (const { element, line } of items) {
    if (line === undefined) continue;
    for (const documentElement of element.children('AdditionalDocument'))
      addDocument(documentElement, line, pending, ctx);
  }
  return [...pending.values()].map(({ document, element }, index) => {
    ctx.source(`documents[${index}]`, element.path);
    ctx.source(`documents[${index}].reference`, element.pathTo('ID'));
    ctx.source(`documents[${index}].validUntil`, element.pathTo('EffectiveDateTime', 'DateTimeString'));
    return document;
  });
}

function addDocument(
  element: XmlElement,
  line: number | undefined,
  pending: Map<string, PendingDocument>,
  ctx: MappingContext,
): void {
  const reference = element.textAt('ID');
  const category = element.textAt('CategoryCode');
  const typeCode = element.textAt('TypeCode');
  if (reference === undefined) {
    ctx.warn(
      'DROPPED',
      element.pathTo('ID'),
      `AdditionalDocument ${category ?? ''}${typeCode ?? ''} has no ID (document reference); it is left out`,
      'documents',
    );
    return;
  }
  const validUntil = mapValidity(element, ctx);
  const type = documentTypeFor(category, typeCode);
  // Several DE 2/3 codes can cite one reference (HMRC's sample cites one AEO certificate as Y023, Y024
  // and Y027); they map to the same Declaration v1 document, so they are listed once.
  const key = [line === undefined ? 'all' : 'item', type, reference, validUntil ?? ''].join('|');
  const existing = pending.get(key);
  if (existing !== undefined) {
    const lines = existing.document.lines;
    if (line !== undefined && lines !== undefined && !lines.includes(line))
      existing.document = { ...existing.document, lines: [...lines, line] };
    return;
  }
  const document: DeclarationDocument = withoutUndefined({
    type,
    reference,
    validUntil,
    lines: line === undefined ? undefined : [line],
  });
  pending.set(key, { document, element });
}

/** DE 2/3 date of validity, which HMRC CDS sends as EffectiveDateTime/DateTimeString formatCode 102. */
function mapValidity(element: XmlElement, ctx: MappingContext): string | undefined {
  const dateElement = element.find('EffectiveDateTime', 'DateTimeString');
  const text = dateElement?.text();
  if (dateElement === undefined || text === undefined) return undefined;
  const parsed = parseWcoDate(text, dateElement.attribute('formatCode'));
  if (parsed.ok) return parsed.value;
  ctx.warn('DROPPED', dateElement.path, `${parsed.reason}; the validity date is left out`, 'documents');
  return undefined;
}
