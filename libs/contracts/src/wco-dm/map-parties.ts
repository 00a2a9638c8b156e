import type { Address, Party, PartyRole } from '../schemas/declaration.schema';
import type { MappingContext } from './mapping-context';
import { withoutUndefined } from './own-value.util';
import type { XmlElement } from './xml-element';

type MappedRole = Exclude<PartyRole, 'notify'>;
export type MappedParties = Partial<Record<MappedRole, Party>>;

/**
 * Where WCO DM 3.x DEC-DMS carries each party, first match wins. Exporter sits on Declaration, Importer
 * and Consignee on GoodsShipment, Consignor and Carrier on GoodsShipment/Consignment (HMRC CDS).
 */
const PARTY_LOCATIONS: ReadonlyArray<readonly [MappedRole, ReadonlyArray<readonly string[]>]> = [
  ['declarant', [['Declarant']]],
  ['exporter', [['Exporter'], ['GoodsShipment', 'Exporter']]],
  ['importer', [['GoodsShipment', 'Importer'], ['Importer']]],
  [
    'consignor',
    [['GoodsShipment', 'Consignment', 'Consignor'], ['GoodsShipment', 'Consignor'], ['Consignor']],
  ],
  [
    'consignee',
    [['GoodsShipment', 'Consignee'], ['GoodsShipment', 'Consignment', 'Consignee'], ['Consignee']],
  ],
  ['carrier', [['GoodsShipment', 'Consignment', 'Carrier'], ['Carrier']]],
];

/**
 * Maps every party. Consignor and consignee are required by Declaration v1; DEC-DMS import and export
 * declarations often name only the Exporter or Importer in those roles (HMRC: "DE 3/1 used instead of
 * Consignor"), so those stand in, with a warning that says so.
 */
export function mapParties(declaration: XmlElement, ctx: MappingContext): MappedParties {
  const parties: MappedParties = {};
  const elements: Partial<Record<MappedRole, XmlElement>> = {};
  for (const [role, locations] of PARTY_LOCATIONS) {
    const element = locations.map((names) => declaration.find(...names)).find((found) => found !== undefined);
    if (element === undefined) continue;
    const party = readParty(element, role, ctx);
    if (party === undefined) continue;
    parties[role] = party;
    elements[role] = element;
  }
  standIn(
    'consignor',
    'exporter',
    'Exporter',
    declaration.pathTo('GoodsShipment', 'Consignment', 'Consignor'),
    parties,
    elements,
    ctx,
  );
  standIn(
    'consignee',
    'importer',
    'Importer',
    declaration.pathTo('GoodsShipment', 'Consignee'),
    parties,
    elements,
    ctx,
  );
  return parties;
}

function standIn(
  role: 'consignor' | 'consignee',
  substitute: 'exporter' | 'importer',
  substituteName: string,
  expectedPath: string,
  parties: MappedParties,
  elements: Partial<Record<MappedRole, XmlElement>>,
  ctx: MappingContext,
): void {
  if (parties[role] !== undefined) return;
  const party = parties[substitute];
  const element = elements[substitute];
  if (party === undefined || element === undefined) {
    ctx.error(
      'MISSING_ELEMENT',
      expectedPath,
      `no ${role}: the document has neither a ${role === 'consignor' ? 'Consignor' : 'Consignee'} nor an ${substituteName} with a name or ID, and Declaration v1 requires parties.${role}`,
      `parties.${role}`,
    );
    return;
  }
  parties[role] = party;
  ctx.source(`parties.${role}`, element.path);
  ctx.warn(
    'SUBSTITUTED',
    expectedPath,
    `no ${role === 'consignor' ? 'Consignor' : 'Consignee'} in the document; the ${substituteName} (${element.path}) is used as ${role}`,
    `parties.${role}`,
  );
}

function readParty(element: XmlElement, role: MappedRole, ctx: MappingContext): Party | undefined {
  const field = `parties.${role}`;
  const name = element.textAt('Name');
  const id = element.textAt('ID');
  if (name === undefined && id === undefined) {
    ctx.warn('DROPPED', element.path, `${element.name} has neither Name nor ID; it is left out`, field);
    return undefined;
  }
  ctx.source(field, element.path);
  if (id !== undefined) ctx.source(`${field}.id`, element.pathTo('ID'));
  if (name !== undefined) {
    ctx.source(`${field}.name`, element.pathTo('Name'));
  } else {
    ctx.source(`${field}.name`, element.pathTo('ID'));
    ctx.warn(
      'SUBSTITUTED',
      element.pathTo('Name'),
      `${element.name} has no Name; its ID "${id}" stands in as the name because Declaration v1 requires one`,
      `${field}.name`,
    );
  }
  const address = readAddress(element.find('Address'), `${field}.address`, ctx);
  return withoutUndefined({ name: name ?? (id as string), id, address });
}

function readAddress(
  element: XmlElement | undefined,
  field: string,
  ctx: MappingContext,
): Address | undefined {
  if (element === undefined) return undefined;
  const country = element.textAt('CountryCode');
  if (country === undefined) {
    ctx.warn(
      'DROPPED',
      element.pathTo('CountryCode'),
      'the address has no CountryCode; Declaration v1 requires a country in an address, so the address is left out rather than guessed',
      field,
    );
    return undefined;
  }
  ctx.source(field, element.path);
  ctx.source(`${field}.country`, element.pathTo('CountryCode'));
  ctx.source(`${field}.line`, element.pathTo('Line'));
  ctx.source(`${field}.city`, element.pathTo('CityName'));
  ctx.source(`${field}.postcode`, element.pathTo('PostcodeID'));
  return withoutUndefined({
    line: element.textAt('Line'),
    city: element.textAt('CityName'),
    postcode: element.textAt('PostcodeID'),
    country,
  });
}
