import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { MappingError } from './mapping-result';
import { XmlElement } from './xml-element';
import { scanXmlStructure } from './xml-structure.scan';

/** The same ceiling as a Kafka declaration message (docs/contracts.md section 2). */
export const MAX_DEC_DMS_BYTES = 1024 * 1024;
/** A DEC-DMS declaration nests about a dozen levels; anything far deeper is hostile. */
export const MAX_DEC_DMS_DEPTH = 64;
/**
 * A declaration of 999 goods items with all their elements stays well below this; 60,000 empty
 * elements kept the tree builder busy for seconds.
 */
export const MAX_DEC_DMS_ELEMENTS = 50_000;
/** Longest part of an XML library's message repeated to the client (its unclosed-tag list can be megabytes). */
const MAX_PARSER_MESSAGE_CHARS = 200;

export type ParsedDecDms =
  | { readonly ok: true; readonly declaration: XmlElement }
  | { readonly ok: false; readonly errors: MappingError[] };

// Every element is an array so that a repeated element never changes shape between documents, values
// stay strings ("00" TARIC suffix, "023" document type), and only the XML predefined entities and
// character references are decoded: a DOCTYPE is refused before parsing (scanXmlStructure), so no custom entity exists.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_DEC_DMS_DEPTH,
  isArray: (_name: string, _path: unknown, _isLeaf: boolean, isAttribute: boolean) => !isAttribute,
});

/**
 * Parses an untrusted DEC-DMS document: size limit, DOCTYPE refused (no external entities, no entity
 * expansion), well-formedness with line and column, then the `Declaration` element, either the root
 * or inside the WCO `MetaData` envelope.
 */
export function parseDecDmsXml(xml: string): ParsedDecDms {
  if (typeof xml !== 'string' || xml.trim() === '') {
    return failure({
      code: 'MALFORMED_XML',
      element: '(document)',
      message: 'the document is empty; send a WCO DEC-DMS Declaration',
    });
  }
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > MAX_DEC_DMS_BYTES) {
    return failure({
      code: 'TOO_LARGE',
      element: '(document)',
      message: `the document is ${bytes} bytes; the limit is ${MAX_DEC_DMS_BYTES} bytes (1 MiB)`,
    });
  }
  const refused = scanXmlStructure(xml, { maxElements: MAX_DEC_DMS_ELEMENTS, maxDepth: MAX_DEC_DMS_DEPTH });
  if (refused) return failure(refused);
  const validation = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    return failure({
      code: 'MALFORMED_XML',
      element: '(document)',
      line,
      column: col,
      message: `malformed XML at line ${line}${col !== undefined ? `, column ${col}` : ''}: ${excerpt(msg)}`,
    });
  }
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch (error) {
    return failure({
      code: 'MALFORMED_XML',
      element: '(document)',
      message: `the XML cannot be read: ${excerpt((error as Error).message)}`,
    });
  }
  return findDeclaration(new XmlElement('(document)', '', parsed));
}

function findDeclaration(document: XmlElement): ParsedDecDms {
  const roots = document.childNames();
  if (roots.length !== 1) {
    return failure({
      code: 'NOT_A_DECLARATION',
      element: '(document)',
      message: `expected one root element, found ${roots.length}`,
    });
  }
  const [rootName] = roots;
  if (rootName === 'Declaration')
    return { ok: true, declaration: document.children('Declaration')[0].rebased('Declaration') };
  if (rootName === 'MetaData') {
    const declarations = document.children('MetaData')[0].children('Declaration');
    if (declarations.length === 1) return { ok: true, declaration: declarations[0].rebased('Declaration') };
    return failure({
      code: 'NOT_A_DECLARATION',
      element: 'MetaData/Declaration',
      message: `the MetaData envelope must hold exactly one Declaration, found ${declarations.length}`,
    });
  }
  return failure({
    code: 'NOT_A_DECLARATION',
    element: rootName,
    message: `root element <${rootName}> is not a WCO DEC-DMS Declaration (expected <Declaration> or <MetaData> holding one)`,
  });
}

function excerpt(message: string): string {
  return message.length <= MAX_PARSER_MESSAGE_CHARS
    ? message
    : `${message.slice(0, MAX_PARSER_MESSAGE_CHARS - 1)}…`;
}

function failure(error: MappingError): ParsedDecDms {
  return { ok: false, errors: [error] };
}
