import type { Declaration, TransportMode } from '../schemas/declaration.schema';
import type { MappingContext } from './mapping-context';
import { ownValue, withoutUndefined } from './own-value.util';
import {
  IMO_IDENTIFICATION_TYPE_CODE,
  RECOMMENDATION_19_WITHOUT_CONTRACT_MODE,
  TRANSPORT_DOCUMENT_TYPE_CODES,
  TRANSPORT_MODE_BY_CODE,
} from './wco-code-lists.data';
import type { XmlElement } from './xml-element';

type Transport = Declaration['transport'];

/**
 * Transport: the mode at the border (DE 7/4, BorderTransportMeans/ModeCode) is what crossed into or out
 * of the territory, so it decides `mode`; the inland arrival or departure mode stands in only when the
 * border mode is absent. The means identity comes from the first of border, arrival, departure means
 * that carries an ID.
 */
export function mapTransport(declaration: XmlElement, ctx: MappingContext): Transport | undefined {
  const border = declaration.find('BorderTransportMeans');
  const consignment = declaration.find('GoodsShipment', 'Consignment');
  const arrival = consignment?.find('ArrivalTransportMeans');
  const departure = consignment?.find('DepartureTransportMeans');

  const mode = mapMode(declaration, [border, arrival, departure], ctx);
  const means = [border, arrival, departure].find((candidate) => candidate?.textAt('ID') !== undefined);
  const nationalityElement =
    border?.find('RegistrationNationalityCode') ?? means?.find('RegistrationNationalityCode');
  const nameElement = border?.find('Name') ?? means?.find('Name');
  if (means !== undefined) ctx.source('transport.meansId', means.pathTo('ID'));
  if (nationalityElement !== undefined) ctx.source('transport.nationality', nationalityElement.path);
  if (nameElement !== undefined) ctx.source('transport.meansName', nameElement.path);

  const transportDocument = mapTransportDocument(declaration, ctx);
  const containers = mapContainers(consignment, ctx);
  if (mode === undefined) return undefined;
  return withoutUndefined({
    mode,
    meansId: means === undefined ? undefined : meansIdentity(means, ctx),
    meansName: nameElement?.text(),
    nationality: nationalityElement?.text(),
    transportDocument,
    containers: containers.length > 0 ? containers : undefined,
  });
}

function mapMode(
  declaration: XmlElement,
  candidates: Array<XmlElement | undefined>,
  ctx: MappingContext,
): TransportMode | undefined {
  const [border, ...inland] = candidates;
  let modeElement = border?.find('ModeCode');
  if (modeElement?.text() === undefined) {
    modeElement = inland.map((means) => means?.find('ModeCode')).find((found) => found?.text() !== undefined);
    if (modeElement === undefined) {
      ctx.error(
        'MISSING_ELEMENT',
        declaration.pathTo('BorderTransportMeans', 'ModeCode'),
        'no mode of transport: BorderTransportMeans/ModeCode (DE 7/4) is absent and no arrival or departure means gives one',
        'transport.mode',
      );
      return undefined;
    }
    ctx.warn(
      'SUBSTITUTED',
      declaration.pathTo('BorderTransportMeans', 'ModeCode'),
      `no mode of transport at the border; the inland mode ${modeElement.path} is used`,
      'transport.mode',
    );
  }
  ctx.source('transport.mode', modeElement.path);
  const code = modeElement.text() as string;
  const mode = ownValue(TRANSPORT_MODE_BY_CODE, code);
  if (mode !== undefined) return mode;
  const known = ownValue(RECOMMENDATION_19_WITHOUT_CONTRACT_MODE, code);
  if (known !== undefined) {
    ctx.error(
      'NOT_MAPPABLE',
      modeElement.path,
      `ModeCode "${code}" (${known}) has no Declaration v1 transport mode`,
      'transport.mode',
    );
  } else {
    ctx.error(
      'UNSUPPORTED_CODE',
      modeElement.path,
      `ModeCode "${code}" is not a UN/ECE Recommendation 19 mode of transport; use 1 sea, 2 rail, 3 road, 4 air or 5 mail`,
      'transport.mode',
    );
  }
  return undefined;
}

/** IMO numbers are written `IMO` + 7 digits, the form vessel watchlists use. */
function meansIdentity(means: XmlElement, ctx: MappingContext): string {
  const id = means.textAt('ID') as string;
  if (means.textAt('IdentificationTypeCode') !== IMO_IDENTIFICATION_TYPE_CODE) return id;
  if (/^\d{7}$/.test(id)) return `IMO${id}`;
  if (/^IMO\d{7}$/i.test(id)) return id.toUpperCase();
  ctx.warn(
    'INVALID_VALUE',
    means.pathTo('ID'),
    `IdentificationTypeCode 10 says IMO ship number, but "${id}" is not 7 digits; kept as given`,
    'transport.meansId',
  );
  return id;
}

function mapTransportDocument(declaration: XmlElement, ctx: MappingContext): string | undefined {
  const contract = declaration.find('GoodsShipment', 'Consignment', 'TransportContractDocument', 'ID');
  if (contract?.text() !== undefined) {
    ctx.source('transport.transportDocument', contract.path);
    return contract.text();
  }
  const previous = (declaration.find('GoodsShipment')?.children('PreviousDocument') ?? []).find(
    (document) =>
      TRANSPORT_DOCUMENT_TYPE_CODES.has(document.textAt('TypeCode') ?? '') &&
      document.textAt('ID') !== undefined,
  );
  if (previous === undefined) return undefined;
  ctx.source('transport.transportDocument', previous.pathTo('ID'));
  return previous.textAt('ID');
}

function mapContainers(
  consignment: XmlElement | undefined,
  ctx: MappingContext,
): NonNullable<Transport['containers']> {
  const containers: NonNullable<Transport['containers']> = [];
  for (const equipment of consignment?.children('TransportEquipment') ?? []) {
    const raw = equipment.textAt('ID');
    if (raw === undefined) {
      ctx.warn(
        'DROPPED',
        equipment.pathTo('ID'),
        'TransportEquipment without ID is left out',
        'transport.containers',
      );
      continue;
    }
    // Container numbers are written with spaces or a dash before the check digit; the contract wants them bare.
    const id = raw.replace(/[\s-]/g, '').toUpperCase();
    if (id !== raw)
      ctx.warn(
        'SUBSTITUTED',
        equipment.pathTo('ID'),
        `container number "${raw}" is written as "${id}"`,
        'transport.containers',
      );
    const index = containers.length;
    ctx.source(`transport.containers[${index}]`, equipment.path);
    ctx.source(`transport.containers[${index}].id`, equipment.pathTo('ID'));
    const seals = equipment
      .children('Seal')
      .map((seal, sealIndex) => {
        ctx.source(`transport.containers[${index}].seals[${sealIndex}]`, seal.pathTo('ID'));
        return seal.textAt('ID');
      })
      .filter((seal): seal is string => seal !== undefined);
    containers.push(withoutUndefined({ id, seals: seals.length > 0 ? seals : undefined }));
  }
  return containers;
}
