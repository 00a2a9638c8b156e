import type { Declaration, DeclarationDocument } from '@salw/contracts';
import type { DeclarationAnalysis, ItemAnalysis } from './indicator.model';

/** Places of a declaration whose country may issue a document. */
export const ISSUER_PLACES = ['ORIGIN', 'DESTINATION', 'TRANSIT', 'ITEM_ORIGIN', 'OFFICE'] as const;
export type IssuerPlace = (typeof ISSUER_PLACES)[number];

/** Which country issues each kind of authorising document: document type -> places. */
export type IssuerRules = Readonly<Record<string, readonly IssuerPlace[]>>;

/**
 * Who issues what (Firearms Protocol art. 10, Arms Trade Treaty art. 7-9): an export licence the
 * country of export, an import licence or end-user certificate the country of destination, a transit
 * authorisation a transit country or the country whose office handles the transit.
 */
export const DEFAULT_ISSUER_RULES: IssuerRules = {
  EXPORT_LICENCE: ['ORIGIN'],
  IMPORT_LICENCE: ['DESTINATION'],
  END_USER_CERTIFICATE: ['DESTINATION'],
  TRANSIT_AUTHORISATION: ['TRANSIT', 'OFFICE'],
};

/** Document types that authorise arms in any direction: what a licensed consignment carries. */
export const AUTHORISING_DOCUMENTS: readonly string[] = Object.keys(DEFAULT_ISSUER_RULES);

/** What is wrong with one document, judged on its own. */
export type DocumentDefect =
  | { readonly kind: 'expired' }
  | {
      readonly kind: 'foreign';
      readonly expected: readonly string[];
      readonly places: readonly IssuerPlace[];
    };

/** A defective document presented for some lines of the consignment. */
export interface DefectiveDocument {
  readonly doc: DeclarationDocument;
  readonly index: number;
  readonly defect: DocumentDefect;
  /** Controlled (or examined) lines it was presented for. */
  readonly lines: number[];
}

function placeCountries(
  declaration: Declaration,
  places: readonly IssuerPlace[],
  items: readonly ItemAnalysis[],
): string[] {
  const countries: string[] = [];
  const route = declaration.route;
  for (const place of places) {
    if (place === 'ORIGIN') countries.push(route.origin);
    else if (place === 'DESTINATION') countries.push(route.destination);
    else if (place === 'TRANSIT') countries.push(...(route.transit ?? []));
    else if (place === 'OFFICE') {
      // An office code starts with the ISO country of the customs administration (NGAPP001).
      if (declaration.office && /^[A-Z]{2}/u.test(declaration.office))
        countries.push(declaration.office.slice(0, 2));
    } else for (const a of items) if (a.item.originCountry) countries.push(a.item.originCountry);
  }
  return [...new Set(countries)];
}

/**
 * What is wrong with one document on its own: expired before `date` (the day the declaration was
 * lodged), or issued by a country that does not issue documents of its kind for this consignment.
 * A document without expiry or issuer is not faulted for what it does not say.
 */
export function documentDefect(
  doc: DeclarationDocument,
  declaration: Declaration,
  items: readonly ItemAnalysis[],
  date: string,
  rules: IssuerRules,
): DocumentDefect | undefined {
  if (doc.validUntil !== undefined && doc.validUntil < date) return { kind: 'expired' };
  const places = rules[doc.type];
  if (doc.issuer === undefined || places === undefined) return undefined;
  const expected = placeCountries(declaration, places, items);
  if (expected.includes(doc.issuer)) return undefined;
  return { kind: 'foreign', expected, places };
}

/** Whether the document is presented for the item's line: no line list means every line. */
export function covers(doc: DeclarationDocument, a: ItemAnalysis): boolean {
  return doc.lines === undefined || doc.lines.includes(a.item.line);
}

/**
 * Judges every authorising document presented for the examined lines, each on its own, and tells which
 * lines no sound document of an accepted type covers. A valid certificate does not cure an expired or
 * foreign-issued licence beside it: both are reported.
 */
export function judgeLicences(
  declaration: Declaration,
  analysis: DeclarationAnalysis,
  examined: readonly ItemAnalysis[],
  accepted: ReadonlySet<string>,
  rules: IssuerRules,
): { uncovered: ItemAnalysis[]; defective: DefectiveDocument[] } {
  const documents = declaration.documents ?? [];
  const date = analysis.submittedDate;
  const defective: DefectiveDocument[] = [];
  const sound = new Set<DeclarationDocument>();
  documents.forEach((doc, index) => {
    if (rules[doc.type] === undefined && !accepted.has(doc.type)) return;
    const lines = examined.filter((a) => covers(doc, a)).map((a) => a.item.line);
    if (lines.length === 0) return;
    const defect = documentDefect(doc, declaration, analysis.items, date, rules);
    if (defect) defective.push({ doc, index, defect, lines });
    else sound.add(doc);
  });
  const uncovered = examined.filter(
    (a) => !documents.some((doc) => sound.has(doc) && accepted.has(doc.type) && covers(doc, a)),
  );
  return { uncovered, defective };
}

/**
 * The consignment is lawful arms trade on its face: every arms-like line is declared under a controlled
 * heading (not disguised), covered by a sound licence or end-user certificate, and no defective one is
 * presented beside it. Such a consignment has already passed a licensing authority's check.
 */
export function isLicensedConsignment(
  declaration: Declaration,
  analysis: DeclarationAnalysis,
  types: ReadonlySet<string>,
  rules: IssuerRules = DEFAULT_ISSUER_RULES,
): boolean {
  const examined: ItemAnalysis[] = [];
  for (const a of analysis.items) {
    if (!a.armsLike) continue;
    if (!a.controlled) return false;
    examined.push(a);
  }
  if (examined.length === 0) return false;
  const { uncovered, defective } = judgeLicences(declaration, analysis, examined, types, rules);
  return uncovered.length === 0 && defective.length === 0;
}
