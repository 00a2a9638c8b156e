import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { MappingError } from './mapping-result';
import { XmlElement } from './xml-element';

/** The same ceiling as a Kafka declaration message (docs/contracts.md section 2). */
export const MAX_DEC_DMS_BYTES = 1024 * 1024;
/** A DEC-DMS declaration nests about a dozen levels; anything far deeper is hostile. */
export const MAX_DEC_DMS_DEPTH = 64;

export type ParsedDecDms =
  | { readonly ok: true; readonly declaration: XmlElement }
  | { readonly ok: false; readonly errors: MappingError[] };

// Every element is an array so that a repeated element never changes shape between documents, values
// stay strings ("00" TARIC suffix, "023" document type), and only the XML predefined entities and
// character references are decoded: a DOCTYPE is refused before parsing, so no custom entity exists.
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
  const doctype = findDoctype(xml);
  if (doctype !== undefined) {
    const { line, column } = positionOf(xml, doctype);
    return failure({
      code: 'DOCTYPE_FORBIDDEN',
      element: '(document)',
      line,
      column,
      message: `a DOCTYPE or ENTITY declaration at line ${line}, column ${column} is refused (entity expansion and external entities are not accepted); remove it`,
    });
  }
  const validation = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    return failure({
      code: 'MALFORMED_XML',
      element: '(document)',
      line,
      column: col,
      message: `malformed XML at line ${line}${col !== undefined ? `, column ${col}` : ''}: ${msg}`,
    });
  }
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch (error) {
    return failure({
      code: 'MALFORMED_XML',
      element: '(document)',
      message: `the XML cannot be read: ${(error as Error).message}`,
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

/** Index of a `<!DOCTYPE` or `<!ENTITY` outside comments and CDATA sections, if any. */
function findDoctype(xml: string): number | undefined {
  let index = xml.indexOf('<!');
  while (index !== -1) {
    if (xml.startsWith('<!--', index)) {
      const end = xml.indexOf('-->', index + 4);
      if (end === -1) return undefined;
      index = xml.indexOf('<!', end + 3);
      continue;
    }
    if (xml.startsWith('<![CDATA[', index)) {
      const end = xml.indexOf(']]>', index + 9);
      if (end === -1) return undefined;
      index = xml.indexOf('<!', end + 3);
      continue;
    }
    const keyword = xml.slice(index + 2, index + 9).toUpperCase();
    if (keyword.startsWith('DOCTYPE') || keyword.startsWith('ENTITY')) return index;
    index = xml.indexOf('<!', index + 2);
  }
  return undefined;
}

function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: index - lastBreak };
}

function failure(error: MappingError): ParsedDecDms {
  return { ok: false, errors: [error] };
}
