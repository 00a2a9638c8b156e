import type { Declaration, DeclarationDocument } from '@salw/contracts';
import type { DeclarationAnalysis, ItemAnalysis } from './indicator.model';

/** Why no document authorises a line: none of the accepted types, or the only ones are expired or foreign. */
export type LicenceVerdict =
  | { kind: 'missing' }
  | { kind: 'expired'; doc: DeclarationDocument; index: number }
  | { kind: 'foreign'; doc: DeclarationDocument; index: number };

/** Document types that authorise arms in any direction: what a licensed consignment carries. */
export const AUTHORISING_DOCUMENTS: readonly string[] = [
  'EXPORT_LICENCE',
  'IMPORT_LICENCE',
  'END_USER_CERTIFICATE',
  'TRANSIT_AUTHORISATION',
];

/**
 * undefined when some document of an accepted type covers the item's line, is in date on `date` and was
 * issued by one of `countries` (origin, destination, item origin, transit); otherwise what is wrong.
 */
export function licenceVerdict(
  a: ItemAnalysis,
  documents: readonly DeclarationDocument[],
  types: ReadonlySet<string>,
  date: string,
  countries: readonly (string | undefined)[],
): LicenceVerdict | undefined {
  let problem: LicenceVerdict = { kind: 'missing' };
  for (let i = 0; i < documents.length; i++) {
    const doc = documents[i] as DeclarationDocument;
    if (!types.has(doc.type)) continue;
    if (doc.lines !== undefined && !doc.lines.includes(a.item.line)) continue;
    if (doc.validUntil !== undefined && doc.validUntil < date) {
      if (problem.kind === 'missing') problem = { kind: 'expired', doc, index: i };
      continue;
    }
    if (doc.issuer !== undefined && !countries.includes(doc.issuer)) {
      problem = { kind: 'foreign', doc, index: i };
      continue;
    }
    return undefined;
  }
  return problem;
}

/** Countries whose authorities may issue a licence for the item: the route's ends, the item's origin, transits. */
export function licensingCountries(declaration: Declaration, a: ItemAnalysis): (string | undefined)[] {
  const route = declaration.route;
  return [route.origin, route.destination, a.item.originCountry, ...(route.transit ?? [])];
}

/**
 * The consignment is lawful arms trade on its face: every arms-like line is declared under a controlled
 * heading (not disguised) and covered by an in-date licence or end-user certificate from a country of
 * the route. Such a consignment has already passed a licensing authority's check.
 */
export function isLicensedConsignment(
  declaration: Declaration,
  analysis: DeclarationAnalysis,
  types: ReadonlySet<string>,
): boolean {
  let any = false;
  const documents = declaration.documents ?? [];
  for (const a of analysis.items) {
    if (!a.armsLike) continue;
    if (!a.controlled) return false;
    if (licenceVerdict(a, documents, types, analysis.submittedDate, licensingCountries(declaration, a)))
      return false;
    any = true;
  }
  return any;
}
