import { SaxesParser } from 'saxes';
import type { MappingError } from './mapping-result';

export interface XmlStructureLimits {
  readonly maxElements: number;
  readonly maxDepth: number;
}

/** Thrown from inside the parser's handlers to stop reading at the first refusal. */
class Refused {
  constructor(readonly error: MappingError) {}
}

/**
 * Reads the document once with a streaming XML parser and refuses it, at the first offence, for a
 * DOCTYPE (seen by the parser itself, wherever it is, so that no comment, CDATA or attribute can hide
 * one from a text search), more elements than `maxElements`, or nesting deeper than `maxDepth`.
 * Well-formedness is left to the validator that follows: it reports line and column in its own terms.
 */
export function scanXmlStructure(xml: string, limits: XmlStructureLimits): MappingError | undefined {
  const parser = new SaxesParser({ position: true });
  let elements = 0;
  let depth = 0;
  parser.on('error', () => undefined);
  parser.on('doctype', () => {
    // The event comes at the declaration's end; its start is the last `<!DOCTYPE` before that point.
    const start = xml.lastIndexOf('<!DOCTYPE', parser.position);
    const { line, column } =
      start >= 0 ? positionOf(xml, start) : { line: parser.line, column: parser.column };
    throw new Refused({
      code: 'DOCTYPE_FORBIDDEN',
      element: '(document)',
      line,
      column,
      message: `a DOCTYPE or ENTITY declaration at line ${line}, column ${column} is refused (entity expansion and external entities are not accepted); remove it`,
    });
  });
  parser.on('opentag', (tag) => {
    elements += 1;
    if (!tag.isSelfClosing) depth += 1;
    if (elements > limits.maxElements) {
      throw new Refused({
        code: 'TOO_LARGE',
        element: '(document)',
        line: parser.line,
        column: parser.column,
        message: `the document has more than ${limits.maxElements} elements; a declaration needs far fewer`,
      });
    }
    if (depth > limits.maxDepth) {
      throw new Refused({
        code: 'MALFORMED_XML',
        element: '(document)',
        line: parser.line,
        column: parser.column,
        message: `elements nest deeper than ${limits.maxDepth} levels at line ${parser.line}; a declaration needs far fewer`,
      });
    }
  });
  parser.on('closetag', () => {
    depth -= 1;
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof Refused) return error.error;
    throw error;
  }
  return undefined;
}

function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: index - lineStart + 1 };
}
