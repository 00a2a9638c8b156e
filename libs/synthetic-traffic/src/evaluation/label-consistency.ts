import type { Declaration } from '@salw/contracts';
import { FICTIONAL_NATIONAL, FICTIONAL_UN, GOODS } from '../data/reference-data';
import type { TrafficLabel } from '../model/traffic-label';

/**
 * UN arms embargoes (full and limited); a label's EMBARGO_COUNTRY must rest on one of them, and a route
 * touching one with arms-like goods must expect it. Ordinary goods on such a route need not: an arms
 * embargo concerns arms (the DPRK's sectoral measures are the scenarios' one exception, labelled as such).
 */
const UN_EMBARGOED = new Set(['KP', 'LY', 'SS', 'SO', 'CD', 'CF', 'SD', 'YE', 'HT']);
/** Wording of the cover descriptions docs/domain.md lists, in the languages the scenarios use. */
const COVER_WORDS = [
  'machine parts',
  'spare parts',
  'steel pins',
  'gift',
  'personal effects',
  'household effects',
  'personal belongings',
  'toys',
  'pipes',
  'pièces détachées',
  'repuestos',
];
const LISTED_REFERENCES = new Set([
  ...FICTIONAL_UN.entities.map((entry) => entry.ref),
  ...FICTIONAL_UN.individuals.map((entry) => entry.ref),
]);

/**
 * Checks that what a label claims is actually in its declaration: a keyword in a description, a
 * listed container on the transport, a cash payment, a licence that really does not cover the line.
 * Returns one sentence per problem; an empty list means the label is consistent.
 */
export function labelProblems(
  declaration: Declaration,
  label: TrafficLabel,
  earlier: readonly { declaration: Declaration; label: TrafficLabel }[] = [],
): string[] {
  const problems: string[] = [];
  const expects = (code: string) => label.expectedIndicators.includes(code as never);
  const claim = (code: string, holds: boolean, what: string) => {
    if (expects(code) && !holds) problems.push(`${code} is expected but ${what}`);
  };
  const controlledLines = declaration.items.filter((item) => isControlled(item.hsCode));
  const descriptions = declaration.items.map((item) => item.description.toLowerCase());
  const parties = Object.values(declaration.parties).filter((party) => party !== undefined);
  const entries = label.evidence?.watchlistEntries ?? [];
  const national = (kind: string) =>
    FICTIONAL_NATIONAL.filter(
      (entry) => entry.kind === kind && entries.includes(entry.entryId) && !entry.expiresOn,
    );

  if (expects('CONTROLLED_GOODS') !== controlledLines.length > 0)
    problems.push(
      `CONTROLLED_GOODS is ${expects('CONTROLLED_GOODS') ? '' : 'not '}expected but ${controlledLines.length} lines are in chapter 93 or 9013.10`,
    );
  const uncovered = controlledLines.filter((item) => !licenceCovers(declaration, item.line));
  if (controlledLines.length > 0 && expects('MISSING_LICENCE') !== uncovered.length > 0)
    problems.push(
      `MISSING_LICENCE is ${expects('MISSING_LICENCE') ? '' : 'not '}expected but ${uncovered.length} controlled lines lack a valid covering licence`,
    );
  for (const keyword of label.evidence?.keywords ?? []) {
    const hit = declaration.items.find((item) =>
      item.description.toLowerCase().includes(keyword.toLowerCase()),
    );
    if (!hit) problems.push(`keyword '${keyword}' is not in any description`);
    else if (expects('ARMS_KEYWORD_MISMATCH') && isControlled(hit.hsCode))
      problems.push(`keyword '${keyword}' sits on a chapter 93 line, so it is no mismatch`);
  }
  claim('ARMS_KEYWORD_MISMATCH', (label.evidence?.keywords ?? []).length > 0, 'the label names no keyword');
  claim(
    'CONCEALMENT_DESCRIPTION',
    descriptions.some((text) => COVER_WORDS.some((word) => text.includes(word))),
    'no description uses a cover phrase',
  );
  const touched = [
    declaration.route.origin,
    declaration.route.destination,
    ...(declaration.route.transit ?? []),
    ...parties.map((party) => party.address?.country),
  ];
  const touchesEmbargo = touched.some((code) => code !== undefined && UN_EMBARGOED.has(code));
  const armsLike = controlledLines.length > 0 || (label.evidence?.keywords ?? []).length > 0;
  if (expects('EMBARGO_COUNTRY') && !touchesEmbargo)
    problems.push('EMBARGO_COUNTRY is expected but the route and addresses touch no UN-embargoed country');
  if (!expects('EMBARGO_COUNTRY') && touchesEmbargo && armsLike)
    problems.push('EMBARGO_COUNTRY is not expected but arms-like goods touch a UN-embargoed country');
  claim(
    'SANCTIONED_PARTY',
    entries.some(
      (id) =>
        LISTED_REFERENCES.has(id) ||
        FICTIONAL_NATIONAL.some((entry) => entry.entryId === id && entry.kind === 'PARTY'),
    ),
    'no listed party is named in the evidence',
  );
  claim(
    'WATCHLISTED_CONTAINER',
    national('CONTAINER').some((entry) =>
      declaration.transport.containers?.some((container) => container.id === entry.value),
    ),
    'no listed container is on the transport',
  );
  claim(
    'WATCHLISTED_VESSEL',
    national('VESSEL').some((entry) => declaration.transport.meansId === entry.value),
    'the vessel is not the listed one',
  );
  claim(
    'WATCHLISTED_IDENTIFIER',
    national('IDENTIFIER').some((entry) => parties.some((party) => party.id === entry.value)),
    'no party carries the listed identifier',
  );
  claim(
    'WATCHLISTED_ADDRESS',
    national('ADDRESS').some((entry) =>
      parties.some(
        (party) =>
          party.address &&
          addressKey(`${party.address.line ?? ''} ${party.address.city ?? ''}`) === addressKey(entry.value!),
      ),
    ),
    'no party address is the listed one',
  );
  claim(
    'RISKY_ROUTING',
    (declaration.route.transit ?? []).length >= 3,
    'the route has fewer than three transit countries',
  );
  claim(
    'INDIVIDUAL_CONSIGNEE',
    declaration.parties.consignee.kind === 'INDIVIDUAL' ||
      /free zone/iu.test(declaration.parties.consignee.address?.line ?? ''),
    'the consignee is neither a person nor a free-zone forwarder',
  );
  claim(
    'POSTAL_EXPRESS_PARTS',
    declaration.transport.mode === 'POSTAL' || declaration.transport.mode === 'EXPRESS',
    'the mode is neither POSTAL nor EXPRESS',
  );
  claim(
    'VALUE_ANOMALY',
    declaration.items.some(
      (item) =>
        item.value !== undefined &&
        (item.value.amount === 0 ||
          (isControlled(item.hsCode) && item.value.amount / (item.quantity ?? 1) < 50)),
    ),
    'no line has a zero or implausibly low value',
  );
  claim(
    'MASS_ANOMALY',
    declaration.items.some(
      (item) =>
        (item.netMassKg ?? 0) > (item.grossMassKg ?? Infinity) ||
        unitMassFarOff(item.description, item.netMassKg, item.quantity),
    ),
    'no line has net above gross or an implausible unit mass',
  );
  claim('CASH_PAYMENT', declaration.payment?.method === 'CASH', 'the payment is not cash');
  if (!expects('CASH_PAYMENT') && declaration.payment?.method === 'CASH')
    problems.push('the payment is cash but CASH_PAYMENT is not expected');
  const gaps = requiredDocumentGaps(declaration, armsLike);
  if (expects('DOCUMENT_GAPS') !== gaps.length > 0)
    problems.push(
      `DOCUMENT_GAPS is ${expects('DOCUMENT_GAPS') ? '' : 'not '}expected but ${gaps.length > 0 ? `${gaps.join(', ')} missing` : 'every required document is present'}`,
    );
  if (expects('SPLIT_SHIPMENTS')) {
    const series = label.evidence?.seriesId;
    const at = Date.parse(declaration.submittedAt);
    const before = earlier.filter(
      (item) =>
        item.label.evidence?.seriesId === series &&
        at - Date.parse(item.declaration.submittedAt) <= 86_400_000,
    );
    if (!series || before.length < 2)
      problems.push(
        `SPLIT_SHIPMENTS is expected but only ${before.length} earlier consignments of series '${series}' precede it within 24 h`,
      );
  }
  if (label.expectedIndicators.includes('RANDOM_SELECTION'))
    problems.push("RANDOM_SELECTION is the engine's own pick and cannot be expected");
  return problems;
}

function isControlled(hsCode: string): boolean {
  return hsCode.startsWith('93') || hsCode.startsWith('901310');
}

/**
 * A controlled line is licensed when some licence or certificate covers it and none presented for it
 * is expired or issued by the wrong country for its kind (export licence: the country of export;
 * import licence and end-user certificate: the country of destination). Each document stands alone.
 */
function licenceCovers(declaration: Declaration, line: number): boolean {
  const day = declaration.submittedAt.slice(0, 10);
  const issuerFor: Record<string, string> = {
    EXPORT_LICENCE: declaration.route.origin,
    IMPORT_LICENCE: declaration.route.destination,
    END_USER_CERTIFICATE: declaration.route.destination,
  };
  const presented = (declaration.documents ?? []).filter(
    (document) =>
      issuerFor[document.type] !== undefined &&
      (document.lines === undefined || document.lines.includes(line)),
  );
  const sound = (document: (typeof presented)[number]) =>
    (document.validUntil === undefined || document.validUntil >= day) &&
    (document.issuer === undefined || document.issuer === issuerFor[document.type]);
  return presented.length > 0 && presented.every(sound);
}

/** The documents a consignment's kind and goods require that it lacks. */
function requiredDocumentGaps(declaration: Declaration, armsLike: boolean): string[] {
  const types = new Set((declaration.documents ?? []).map((document) => document.type));
  const commercial =
    (declaration.kind === 'IMPORT' || declaration.kind === 'EXPORT') &&
    declaration.transport.mode !== 'POSTAL';
  const gaps: string[] = [];
  if (commercial && !types.has('INVOICE')) gaps.push('invoice');
  if (declaration.transport.mode !== 'POSTAL' && declaration.transport.transportDocument === undefined)
    gaps.push('transport document');
  if (commercial && armsLike && !types.has('PACKING_LIST')) gaps.push('packing list');
  return gaps;
}

function unitMassFarOff(description: string, net: number | undefined, quantity: number | undefined): boolean {
  const goods = GOODS.find((candidate) => candidate.descriptions.includes(description));
  if (!goods || net === undefined || !quantity) return false;
  return net / quantity > goods.unitNetKg[1] * 3;
}

function addressKey(text: string): string {
  return text
    .toUpperCase()
    .replace(/\bNO\.?\s+(?=\d)/gu, '')
    .replace(/[^A-Z0-9]+/gu, ' ')
    .trim();
}
