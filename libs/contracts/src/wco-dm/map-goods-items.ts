import type { DeclarationItem } from '../schemas/declaration.schema';
import type { MappingContext } from './mapping-context';
import { ownValue, withoutUndefined } from './own-value.util';
import { COMMODITY_CODE_TYPE, KILOGRAMS_PER_UNIT, TARIC_SUFFIX_TYPE } from './wco-code-lists.data';
import type { XmlElement } from './xml-element';

/** A mapped item together with the element it came from (route and documents need both). */
export interface MappedItem {
  readonly element: XmlElement;
  readonly item: DeclarationItem | undefined;
  readonly line: number | undefined;
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** Maps every GovernmentAgencyGoodsItem; an item missing a required field yields an error naming the element. */
export function mapGoodsItems(declaration: XmlElement, ctx: MappingContext): MappedItem[] {
  const shipment = declaration.find('GoodsShipment');
  const elements = shipment?.children('GovernmentAgencyGoodsItem') ?? [];
  if (elements.length === 0) {
    ctx.error(
      'MISSING_ELEMENT',
      declaration.pathTo('GoodsShipment', 'GovernmentAgencyGoodsItem'),
      'the declaration has no goods item; Declaration v1 requires at least one',
      'items',
    );
    return [];
  }
  const totalPackages = declaration.find('TotalPackageQuantity');
  return elements.map((element, index) =>
    mapGoodsItem(element, index, elements.length === 1 ? totalPackages : undefined, ctx),
  );
}

function mapGoodsItem(
  element: XmlElement,
  index: number,
  totalPackages: XmlElement | undefined,
  ctx: MappingContext,
): MappedItem {
  const field = `items[${index}]`;
  ctx.source(field, element.path);
  const line = mapLine(element, field, ctx);
  const commodity = element.find('Commodity');
  const hsCode = mapHsCode(element, commodity, field, ctx);
  const descriptionElement = commodity?.find('Description');
  const description = descriptionElement?.text();
  if (description === undefined) {
    ctx.error(
      'MISSING_ELEMENT',
      element.pathTo('Commodity', 'Description'),
      `goods item ${line ?? index + 1} has no description of goods (DE 6/8)`,
      `${field}.description`,
    );
  } else {
    ctx.source(`${field}.description`, (descriptionElement as XmlElement).path);
  }
  const origin = element
    .children('Origin')
    .find((candidate) => candidate.textAt('CountryCode') !== undefined);
  if (origin !== undefined) ctx.source(`${field}.originCountry`, origin.pathTo('CountryCode'));
  const measure = commodity?.find('GoodsMeasure');
  const tariffQuantity = measure?.find('TariffQuantity');

  if (line === undefined || hsCode === undefined || description === undefined)
    return { element, item: undefined, line };
  const item: DeclarationItem = withoutUndefined({
    line,
    hsCode,
    description,
    originCountry: origin?.textAt('CountryCode'),
    quantity: tariffQuantity === undefined ? undefined : decimal(tariffQuantity, `${field}.quantity`, ctx),
    unit: tariffQuantity?.attribute('unitCode'),
    grossMassKg: kilograms(measure?.find('GrossMassMeasure'), `${field}.grossMassKg`, ctx),
    netMassKg: kilograms(measure?.find('NetNetWeightMeasure'), `${field}.netMassKg`, ctx),
    value: mapValue(element, commodity, `${field}.value`, ctx),
    packages: mapPackages(element, totalPackages, `${field}.packages`, ctx),
  });
  return { element, item, line };
}

function mapLine(element: XmlElement, field: string, ctx: MappingContext): number | undefined {
  const sequence = element.find('SequenceNumeric');
  const text = sequence?.text();
  if (sequence === undefined || text === undefined) {
    ctx.error(
      'MISSING_ELEMENT',
      element.pathTo('SequenceNumeric'),
      'the goods item has no SequenceNumeric (DE 1/6 item number)',
      `${field}.line`,
    );
    return undefined;
  }
  ctx.source(`${field}.line`, sequence.path);
  if (!/^\d+$/.test(text)) {
    ctx.error(
      'INVALID_VALUE',
      sequence.path,
      `SequenceNumeric "${text}" is not a whole number`,
      `${field}.line`,
    );
    return undefined;
  }
  return Number(text);
}

/**
 * HS code: the Classification typed TSP (the 8-digit CN code, DE 6/14), extended by the TRC
 * classification (the 2-digit TARIC suffix, DE 6/15) into the 10-digit TARIC code. A classification
 * without a type code is taken as the commodity code when there is no TSP one.
 */
function mapHsCode(
  element: XmlElement,
  commodity: XmlElement | undefined,
  field: string,
  ctx: MappingContext,
): string | undefined {
  const classifications = commodity?.children('Classification') ?? [];
  const primary =
    classifications.find((c) => c.textAt('IdentificationTypeCode') === COMMODITY_CODE_TYPE) ??
    classifications.find((c) => c.textAt('IdentificationTypeCode') === undefined);
  const idElement = primary?.find('ID');
  const raw = idElement?.text();
  if (idElement === undefined || raw === undefined) {
    ctx.error(
      'MISSING_ELEMENT',
      element.pathTo('Commodity', 'Classification', 'ID'),
      'the goods item has no commodity code: no Commodity/Classification with IdentificationTypeCode TSP and an ID',
      `${field}.hsCode`,
    );
    return undefined;
  }
  ctx.source(`${field}.hsCode`, idElement.path);
  const digits = raw.replace(/[\s.]/g, '');
  if (!/^\d+$/.test(digits)) {
    ctx.error(
      'INVALID_VALUE',
      idElement.path,
      `commodity code "${raw}" must be digits (dots and spaces are ignored)`,
      `${field}.hsCode`,
    );
    return undefined;
  }
  const suffix = classifications
    .find((c) => c.textAt('IdentificationTypeCode') === TARIC_SUFFIX_TYPE)
    ?.textAt('ID');
  if (digits.length === 8 && suffix !== undefined && /^\d{2}$/.test(suffix)) return `${digits}${suffix}`;
  return digits;
}

function kilograms(measure: XmlElement | undefined, field: string, ctx: MappingContext): number | undefined {
  if (measure === undefined || measure.text() === undefined) return undefined;
  const amount = decimal(measure, field, ctx);
  if (amount === undefined) return undefined;
  const unit = measure.attribute('unitCode') ?? 'KGM';
  const factor = ownValue(KILOGRAMS_PER_UNIT, unit);
  if (factor === undefined) {
    ctx.warn(
      'DROPPED',
      measure.path,
      `mass unit "${unit}" is not a mass unit this mapping converts (KGM, GRM, TNE); the mass is left out`,
      field,
    );
    return undefined;
  }
  return Math.round(amount * factor * 1e6) / 1e6;
}

function decimal(element: XmlElement, field: string, ctx: MappingContext): number | undefined {
  const text = element.text();
  ctx.source(field, element.path);
  if (text === undefined || !DECIMAL.test(text)) {
    ctx.error('INVALID_VALUE', element.path, `"${text ?? ''}" is not a non-negative decimal number`, field);
    return undefined;
  }
  return Number(text);
}

/** Item price (DE 4/14, InvoiceLine/ItemChargeAmount), else the statistical value (DE 8/6). */
function mapValue(
  element: XmlElement,
  commodity: XmlElement | undefined,
  field: string,
  ctx: MappingContext,
): DeclarationItem['value'] {
  const amountElement =
    commodity?.find('InvoiceLine', 'ItemChargeAmount') ?? element.find('StatisticalValueAmount');
  if (amountElement === undefined || amountElement.text() === undefined) return undefined;
  const currency = amountElement.attribute('currencyID');
  if (currency === undefined) {
    ctx.warn(
      'DROPPED',
      amountElement.path,
      'the amount has no currencyID; the value is left out rather than given a guessed currency',
      field,
    );
    return undefined;
  }
  const amount = decimal(amountElement, `${field}.amount`, ctx);
  ctx.source(field, amountElement.path);
  ctx.source(`${field}.currency`, amountElement.path);
  return amount === undefined ? undefined : { amount, currency };
}

/**
 * Packages: the sum of Packaging/QuantityQuantity (DE 6/10) with the kind of package (DE 6/9). When a
 * single-item declaration gives its package count only in TotalPackageQuantity (DE 6/18), that total is
 * the item's count.
 */
function mapPackages(
  element: XmlElement,
  totalPackages: XmlElement | undefined,
  field: string,
  ctx: MappingContext,
): DeclarationItem['packages'] {
  const packagings = element.children('Packaging');
  if (packagings.length === 0) return undefined;
  ctx.source(field, packagings[0].path);
  const kinds = [
    ...new Set(packagings.map((p) => p.textAt('TypeCode')).filter((k): k is string => k !== undefined)),
  ];
  if (kinds.length > 1)
    ctx.warn(
      'DROPPED',
      packagings[0].pathTo('TypeCode'),
      `the item has several kinds of package (${kinds.join(', ')}); the kind is left out`,
      `${field}.kind`,
    );
  const kind = kinds.length === 1 ? kinds[0] : undefined;
  const quantities = packagings
    .map((p) => p.find('QuantityQuantity'))
    .filter((q): q is XmlElement => q?.text() !== undefined);
  if (quantities.length > 0) {
    let count = 0;
    for (const quantity of quantities) {
      const text = quantity.text() as string;
      if (!/^\d+$/.test(text)) {
        ctx.error(
          'INVALID_VALUE',
          quantity.path,
          `package quantity "${text}" is not a whole number`,
          `${field}.count`,
        );
        return undefined;
      }
      count += Number(text);
    }
    ctx.source(`${field}.count`, quantities[0].path);
    return withoutUndefined({ count, kind });
  }
  const total = totalPackages?.text();
  if (totalPackages !== undefined && total !== undefined && /^\d+$/.test(total)) {
    ctx.source(`${field}.count`, totalPackages.path);
    ctx.warn(
      'SUBSTITUTED',
      packagings[0].pathTo('QuantityQuantity'),
      `no package quantity on the only goods item; the declaration total ${totalPackages.path} (${total}) is its count`,
      `${field}.count`,
    );
    return withoutUndefined({ count: Number(total), kind });
  }
  ctx.warn(
    'DROPPED',
    packagings[0].pathTo('QuantityQuantity'),
    'Packaging without QuantityQuantity: the package count is unknown, so packages are left out',
    field,
  );
  return undefined;
}
