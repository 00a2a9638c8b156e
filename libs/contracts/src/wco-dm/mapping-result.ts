import type { Declaration } from '../schemas/declaration.schema';

/** Stable problem codes; the intake turns them into HTTP statuses and metric labels. */
export const MAPPING_PROBLEM_CODES = [
  'TOO_LARGE',
  'MALFORMED_XML',
  'DOCTYPE_FORBIDDEN',
  'NOT_A_DECLARATION',
  'MISSING_ELEMENT',
  'INVALID_VALUE',
  'UNSUPPORTED_CODE',
  'NOT_MAPPABLE',
  'SUBSTITUTED',
  'DROPPED',
  'CONTRACT_VIOLATION',
] as const;
export type MappingProblemCode = (typeof MAPPING_PROBLEM_CODES)[number];

/**
 * One problem found while mapping: `element` is the XML element path it concerns, written like
 * `Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID` (an index only
 * where the element repeats), `field` the Declaration v1 field it feeds where there is one.
 */
export interface MappingProblem {
  readonly code: MappingProblemCode;
  readonly element: string;
  readonly message: string;
  readonly field?: string;
  /** Only for malformed XML, where the parser knows the position (1-based). */
  readonly line?: number;
  readonly column?: number;
}

export type MappingError = MappingProblem;
export type MappingWarning = MappingProblem;

export type MappingResult =
  | { readonly ok: true; readonly declaration: Declaration; readonly warnings: readonly MappingWarning[] }
  | { readonly ok: false; readonly errors: readonly MappingError[] };

export interface MapDecDmsOptions {
  /** Overrides the id read from the XML (the intake may assign its own). Must match the contract pattern. */
  readonly declarationId?: string;
  /** When the intake received the document (RFC 3339); used when the XML has no IssueDateTime. */
  readonly receivedAt?: string;
  /**
   * The declaration version when the caller knows it (for example an intake that counts the versions it
   * accepted). Without it, an original is version 1 and a replacement is versioned by its issue time.
   */
  readonly version?: number;
}

/** One line naming every problem, for logs and HTTP 400 bodies. */
export function describeMappingProblems(problems: readonly MappingProblem[]): string {
  return problems
    .map(
      (p) =>
        `${p.element}${p.line !== undefined ? ` (line ${p.line}, column ${p.column ?? '?'})` : ''}: ${p.message}`,
    )
    .join('; ');
}
