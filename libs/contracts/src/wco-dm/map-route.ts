import type { Declaration } from '../schemas/declaration.schema';
import type { MappedItem } from './map-goods-items';
import type { MappingContext } from './mapping-context';
import { withoutUndefined } from './own-value.util';
import type { XmlElement } from './xml-element';

type Route = Declaration['route'];

/**
 * Route: country of dispatch/export (DE 5/14, GoodsShipment/ExportCountry) and of destination (DE 5/8,
 * GoodsShipment/Destination, which HMRC CDS may give per goods item instead), loading and unloading
 * places and countries of routing from the Consignment.
 */
export function mapRoute(
  declaration: XmlElement,
  items: readonly MappedItem[],
  ctx: MappingContext,
): Route | undefined {
  const shipment = declaration.find('GoodsShipment');
  const consignment = shipment?.find('Consignment');
  const origin = mapOrigin(declaration, items, ctx);
  const destination = mapDestination(declaration, items, ctx);
  const loading = consignment?.find('LoadingLocation', 'ID');
  const unloading = consignment?.find('UnloadingLocation', 'ID');
  if (loading !== undefined) ctx.source('route.loadingPlace', loading.path);
  if (unloading !== undefined) ctx.source('route.dischargePlace', unloading.path);
  const transit = (consignment?.children('Itinerary') ?? [])
    .map((itinerary, index) => {
      ctx.source(`route.transit[${index}]`, itinerary.pathTo('RoutingCountryCode'));
      return itinerary.textAt('RoutingCountryCode');
    })
    .filter((country): country is string => country !== undefined);
  if (origin === undefined || destination === undefined) return undefined;
  return withoutUndefined({
    origin,
    loadingPlace: loading?.text(),
    transit: transit.length > 0 ? transit : undefined,
    dischargePlace: unloading?.text(),
    destination,
  });
}

function mapOrigin(
  declaration: XmlElement,
  items: readonly MappedItem[],
  ctx: MappingContext,
): string | undefined {
  const exportCountry = declaration.find('GoodsShipment', 'ExportCountry', 'ID');
  if (exportCountry?.text() !== undefined) {
    ctx.source('route.origin', exportCountry.path);
    return exportCountry.text();
  }
  const expected = declaration.pathTo('GoodsShipment', 'ExportCountry', 'ID');
  const origins = new Set(items.map(({ item }) => item?.originCountry));
  const [only] = [...origins];
  if (origins.size === 1 && only !== undefined) {
    ctx.source('route.origin', items[0].element.pathTo('Origin', 'CountryCode'));
    ctx.warn(
      'SUBSTITUTED',
      expected,
      `no country of export (DE 5/14); the goods' common country of origin ${only} is used`,
      'route.origin',
    );
    return only;
  }
  ctx.error(
    'MISSING_ELEMENT',
    expected,
    'no country of dispatch/export (DE 5/14) and no single country of origin to stand in for it',
    'route.origin',
  );
  return undefined;
}

function mapDestination(
  declaration: XmlElement,
  items: readonly MappedItem[],
  ctx: MappingContext,
): string | undefined {
  const header = declaration.find('GoodsShipment', 'Destination', 'CountryCode');
  if (header?.text() !== undefined) {
    ctx.source('route.destination', header.path);
    return header.text();
  }
  const perItem = items
    .map(({ element }) => element.find('Destination', 'CountryCode'))
    .filter((found): found is XmlElement => found?.text() !== undefined);
  const countries = [...new Set(perItem.map((element) => element.text() as string))];
  if (countries.length === 1) {
    ctx.source('route.destination', perItem[0].path);
    return countries[0];
  }
  const expected = declaration.pathTo('GoodsShipment', 'Destination', 'CountryCode');
  if (countries.length > 1) {
    ctx.error(
      'INVALID_VALUE',
      perItem[0].path,
      `goods items name different destination countries (${countries.join(', ')}); Declaration v1 has one route destination`,
      'route.destination',
    );
  } else {
    ctx.error(
      'MISSING_ELEMENT',
      expected,
      'no country of destination (DE 5/8) on the shipment or its goods items',
      'route.destination',
    );
  }
  return undefined;
}
