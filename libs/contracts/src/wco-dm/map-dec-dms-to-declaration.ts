import type { DeclarationKind } from '../schemas/declaration.schema';
import { declarationValidator } from '../validation/contract-validators';
import { parseDecDmsXml } from './dec-dms-xml.parser';
import { mapDocuments } from './map-documents';
import { mapGoodsItems } from './map-goods-items';
import { mapParties } from './map-parties';
import { mapRoute } from './map-route';
import { mapTransport } from './map-transport';
import { MappingContext } from './mapping-context';
import type { MapDecDmsOptions, MappingResult } from './mapping-result';
import { ownValue, withoutUndefined } from './own-value.util';
import {
  DECLARATION_KIND_BY_TYPE_PREFIX,
  FUNCTION_CODE_ORIGINAL,
  FUNCTION_CODE_REPLACEMENT,
  FUNCTION_CODE_REQUEST,
  REQUEST_TYPE_CODES,
  TRANSIT_TYPE_CODES,
} from './wco-code-lists.data';
import { parseWcoDateTime } from './wco-date-time';
import type { XmlElement } from './xml-element';

const DECLARATION_ID_PATTERN = /^[A-Za-z0-9\-_/.]{1,64}$/;
const OFFICE_LOCATIONS: ReadonlyArray<readonly string[]> = [
  ['DeclarationOfficeID'],
  ['PresentationOffice', 'ID'],
  ['ExitOffice', 'ID'],
  ['SupervisingOffice', 'ID'],
];

/**
 * Maps a WCO Data Model 3.x DEC-DMS declaration (HMRC CDS flavour) to Declaration v1. Pure: the
 * reception time is an input. Every problem names the XML element it concerns; the result is checked
 * against the contract, and violations point back at the element the field came from.
 */
export function mapDecDmsToDeclaration(xml: string, options: MapDecDmsOptions = {}): MappingResult {
  const parsed = parseDecDmsXml(xml);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const root = parsed.declaration;
  const ctx = new MappingContext();

  if (root.textAt('FunctionCode') === FUNCTION_CODE_REQUEST) {
    const typeCode = root.textAt('TypeCode');
    const what = ownValue(REQUEST_TYPE_CODES, typeCode) ?? `a request (TypeCode "${typeCode ?? ''}")`;
    ctx.error(
      'NOT_MAPPABLE',
      root.pathTo('FunctionCode'),
      `FunctionCode 13 with this TypeCode is ${what}, not a complete declaration; send the complete declaration (FunctionCode 9, or 5 for a replacement)`,
      'version',
    );
    return { ok: false, errors: ctx.errors };
  }

  const declarationId = mapDeclarationId(root, options, ctx);
  const issuedAt = mapIssueTime(root, ctx);
  const submittedAt = issuedAt ?? receivedAt(root, options, ctx);
  const version = mapVersion(root, options, issuedAt, ctx);
  const kind = mapKind(root, ctx);
  const office = mapOffice(root, ctx);
  const parties = mapParties(root, ctx);
  const transport = mapTransport(root, ctx);
  const items = mapGoodsItems(root, ctx);
  const route = mapRoute(root, items, ctx);
  const documents = mapDocuments(root, items, ctx);
  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors };

  const declaration = withoutUndefined({
    schemaVersion: '1',
    declarationId,
    version,
    kind,
    submittedAt,
    office,
    parties,
    transport,
    route,
    items: items.map(({ item }) => item),
    documents: documents.length > 0 ? documents : undefined,
  });
  const checked = declarationValidator.check(declaration);
  if (checked.ok) return { ok: true, declaration: checked.value, warnings: ctx.warnings };
  return {
    ok: false,
    errors: checked.violations.map((violation) => ({
      code: 'CONTRACT_VIOLATION' as const,
      element: ctx.sourceOf(violation.path) ?? root.path,
      field: violation.path,
      message: `Declaration v1 field ${violation.path} ${violation.message}`,
    })),
  };
}

/**
 * The id: the caller's, else Declaration/ID (the MRN customs assigned, stable across replacements),
 * else FunctionalReferenceID (the trader's LRN, DE 2/5), made to fit the contract pattern.
 */
function mapDeclarationId(
  root: XmlElement,
  options: MapDecDmsOptions,
  ctx: MappingContext,
): string | undefined {
  if (options.declarationId !== undefined) {
    if (DECLARATION_ID_PATTERN.test(options.declarationId)) {
      ctx.source('declarationId', '(options.declarationId)');
      return options.declarationId;
    }
    ctx.error(
      'INVALID_VALUE',
      '(options.declarationId)',
      `"${options.declarationId}" is not 1-64 of A-Z a-z 0-9 - _ / .`,
      'declarationId',
    );
    return undefined;
  }
  const element = root.find('ID') ?? root.find('FunctionalReferenceID');
  const raw = element?.text();
  if (element === undefined || raw === undefined) {
    ctx.error(
      'MISSING_ELEMENT',
      root.pathTo('FunctionalReferenceID'),
      'no declaration id: neither Declaration/ID (MRN) nor FunctionalReferenceID (LRN, DE 2/5) is present, and no declarationId option was given',
      'declarationId',
    );
    return undefined;
  }
  ctx.source('declarationId', element.path);
  const id = raw.replace(/[^A-Za-z0-9\-_/.]/g, '-').slice(0, 64);
  if (id !== raw)
    ctx.warn(
      'SUBSTITUTED',
      element.path,
      `"${raw}" does not fit the declarationId pattern and is used as "${id}"`,
      'declarationId',
    );
  return id;
}

function mapIssueTime(root: XmlElement, ctx: MappingContext): string | undefined {
  const element = root.find('IssueDateTime', 'DateTimeString');
  const text = element?.text();
  if (element === undefined || text === undefined) return undefined;
  const parsed = parseWcoDateTime(text, element.attribute('formatCode'));
  ctx.source('submittedAt', element.path);
  if (parsed.ok) return parsed.value;
  ctx.error('INVALID_VALUE', element.path, parsed.reason, 'submittedAt');
  return undefined;
}

function receivedAt(root: XmlElement, options: MapDecDmsOptions, ctx: MappingContext): string | undefined {
  const expected = root.pathTo('IssueDateTime', 'DateTimeString');
  if (ctx.errors.some((error) => error.element === expected)) return undefined;
  if (options.receivedAt === undefined) {
    ctx.error(
      'MISSING_ELEMENT',
      expected,
      'no submission time: IssueDateTime/DateTimeString (formatCode 304) is absent and no receivedAt option was given',
      'submittedAt',
    );
    return undefined;
  }
  ctx.source('submittedAt', '(options.receivedAt)');
  ctx.warn(
    'SUBSTITUTED',
    expected,
    `no IssueDateTime; the time the document was received (${options.receivedAt}) is the submission time`,
    'submittedAt',
  );
  return options.receivedAt;
}

/**
 * DEC-DMS has no version number. An original (FunctionCode 9) is version 1. A replacement
 * (FunctionCode 5) must supersede what it replaces, so without a caller-supplied version it is
 * versioned by its issue time in whole seconds since 1970: later replacements get higher versions
 * and a re-delivered document gets the same one, which keeps replays recognisable.
 */
function mapVersion(
  root: XmlElement,
  options: MapDecDmsOptions,
  issuedAt: string | undefined,
  ctx: MappingContext,
): number | undefined {
  if (options.version !== undefined) {
    if (Number.isInteger(options.version) && options.version >= 1) return options.version;
    ctx.error(
      'INVALID_VALUE',
      '(options.version)',
      `version ${options.version} is not a whole number of at least 1`,
      'version',
    );
    return undefined;
  }
  const element = root.find('FunctionCode');
  const code = element?.text();
  if (element === undefined || code === undefined) {
    ctx.warn(
      'SUBSTITUTED',
      root.pathTo('FunctionCode'),
      'no FunctionCode; the document is taken as an original (version 1)',
      'version',
    );
    return 1;
  }
  ctx.source('version', element.path);
  if (code === FUNCTION_CODE_ORIGINAL) return 1;
  if (code === FUNCTION_CODE_REPLACEMENT) {
    if (issuedAt === undefined) {
      ctx.error(
        'MISSING_ELEMENT',
        root.pathTo('IssueDateTime', 'DateTimeString'),
        'a replacement (FunctionCode 5) is versioned by its IssueDateTime, which is absent; give one or pass the version option',
        'version',
      );
      return undefined;
    }
    const version = Math.floor(Date.parse(issuedAt) / 1000);
    ctx.warn(
      'SUBSTITUTED',
      element.path,
      `replacement (FunctionCode 5) carries no version number; version ${version} is its issue time in seconds since 1970`,
      'version',
    );
    return version;
  }
  ctx.error(
    'UNSUPPORTED_CODE',
    element.path,
    `FunctionCode "${code}" is not supported; use 9 (original) or 5 (replacement)`,
    'version',
  );
  return undefined;
}

function mapKind(root: XmlElement, ctx: MappingContext): DeclarationKind | undefined {
  const element = root.find('TypeCode');
  const code = element?.text();
  if (element === undefined || code === undefined) {
    ctx.error(
      'MISSING_ELEMENT',
      root.pathTo('TypeCode'),
      'no declaration type (DE 1/1 + 1/2, e.g. IMZ or EXA)',
      'kind',
    );
    return undefined;
  }
  ctx.source('kind', element.path);
  if (TRANSIT_TYPE_CODES.has(code)) return 'TRANSIT';
  const prefix = /^([A-Z]{2})[A-Z]?$/.exec(code)?.[1];
  const kind = ownValue(DECLARATION_KIND_BY_TYPE_PREFIX, prefix);
  if (kind !== undefined) return kind;
  if (prefix === 'CO') {
    ctx.error(
      'NOT_MAPPABLE',
      element.path,
      `TypeCode "${code}": CO (trade with special fiscal territories) does not say whether goods are imported or exported`,
      'kind',
    );
  } else {
    ctx.error(
      'UNSUPPORTED_CODE',
      element.path,
      `TypeCode "${code}" is not a known declaration type (IM or EX plus an additional type letter, or transit T, T1, T2, T2F)`,
      'kind',
    );
  }
  return undefined;
}

function mapOffice(root: XmlElement, ctx: MappingContext): string | undefined {
  for (const names of OFFICE_LOCATIONS) {
    const element = root.find(...names);
    if (element?.text() !== undefined) {
      ctx.source('office', element.path);
      return element.text();
    }
  }
  return undefined;
}
