import { readFileSync } from 'fs';
import * as path from 'path';
import type { Declaration } from '../schemas/declaration.schema';
import { mapDecDmsToDeclaration } from './map-dec-dms-to-declaration';
import type { MappingError, MappingResult } from './mapping-result';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'test-fixtures', name), 'utf8');
const RECEIVED_AT = '2026-11-29T09:15:00Z';

function mapped(result: MappingResult): Declaration {
  if (!result.ok) throw new Error(`expected a declaration, got errors: ${JSON.stringify(result.errors)}`);
  return result.declaration;
}
function errorsOf(result: MappingResult): readonly MappingError[] {
  if (result.ok) throw new Error(`expected errors, got a declaration: ${JSON.stringify(result.declaration)}`);
  return result.errors;
}

describe('mapDecDmsToDeclaration on hand-written DEC-DMS variants', () => {
  describe('an export by air with licences (export-declaration.xml)', () => {
    const result = mapDecDmsToDeclaration(fixture('export-declaration.xml'));
    const declaration = () => mapped(result);

    it('is an export, version 1, submitted at the +01:00 issue time, at the exit office', () => {
      expect(declaration()).toMatchObject({
        kind: 'EXPORT',
        version: 1,
        submittedAt: '2026-11-29T10:30:00+01:00',
        office: 'GBLHR001',
      });
    });

    it('makes the LRN "EXP 2026/0042" fit the id pattern and warns about it', () => {
      expect(declaration().declarationId).toBe('EXP-2026/0042');
      expect(result.ok && result.warnings).toContainEqual(
        expect.objectContaining({ element: 'Declaration/FunctionalReferenceID', field: 'declarationId' }),
      );
    });

    it('uses the Exporter as consignor and keeps the explicit Consignee with its decoded name and the Carrier', () => {
      expect(declaration().parties.consignor).toEqual(declaration().parties.exporter);
      expect(declaration().parties.consignor).toMatchObject({
        name: 'Albion Sporting Arms Ltd',
        id: 'GB987654321000',
      });
      expect(declaration().parties.consignee).toEqual({
        name: 'Sahel Outdoor & Hunting SARL',
        address: { line: 'Rue 310, ACI 2000', city: 'Bamako', country: 'ML' },
      });
      expect(declaration().parties.carrier).toEqual({ name: 'British Airways World Cargo', id: 'BAWC' });
    });

    it('maps mode 4 to AIR with the flight, the air waybill and the container written bare with its seals', () => {
      expect(declaration().transport).toEqual({
        mode: 'AIR',
        meansId: 'BA0075',
        nationality: 'GB',
        transportDocument: '125-12345675',
        containers: [{ id: 'AKE12345BA', seals: ['SEAL-0001', 'SEAL-0002'] }],
      });
    });

    it('routes GB (LHR) via FR and SN to ML', () => {
      expect(declaration().route).toEqual({
        origin: 'GB',
        loadingPlace: 'GBLHR',
        transit: ['FR', 'SN'],
        destination: 'ML',
      });
    });

    it('strips the dots from the commodity code, converts grams to kilograms and takes the statistical value when there is no item price', () => {
      expect(declaration().items).toEqual([
        {
          line: 1,
          hsCode: '93032010',
          description: 'Sporting shotguns, double barrel, 12 bore',
          originCountry: 'GB',
          quantity: 12,
          unit: 'NAR',
          grossMassKg: 42.5,
          netMassKg: 36,
          value: { amount: 18000, currency: 'GBP' },
          packages: { count: 3, kind: 'CT' },
        },
        {
          line: 2,
          hsCode: '90131000',
          description: 'Telescopic sights for hunting rifles',
          originCountry: 'DE',
          grossMassKg: 8,
          value: { amount: 2400, currency: 'GBP' },
        },
      ]);
    });

    it('maps 9104 (UK SIEL) and X002 (dual-use) to export licences, and one invoice cited by both items to one document', () => {
      expect(declaration().documents).toEqual([
        { type: 'EXPORT_LICENCE', reference: 'GBSIEL/2026/0001234', validUntil: '2028-06-30', lines: [1] },
        { type: 'INVOICE', reference: 'INV-2026-0042', lines: [1, 2] },
        { type: 'EXPORT_LICENCE', reference: 'GB/DU/2026/778', lines: [2] },
      ]);
    });
  });

  describe('a transit with licences (transit-with-licences.xml)', () => {
    const declaration = () => mapped(mapDecDmsToDeclaration(fixture('transit-with-licences.xml')));

    it('reads TypeCode T1 as TRANSIT by ROAD submitted at the -05:00 issue time', () => {
      expect(declaration()).toMatchObject({
        kind: 'TRANSIT',
        submittedAt: '2026-11-29T10:00:00-05:00',
        transport: { mode: 'ROAD' },
      });
    });

    it.each([
      ['N271 at shipment level', { type: 'PACKING_LIST', reference: 'PL-77' }],
      ['N911 on item 1', { type: 'IMPORT_LICENCE', reference: 'IL-2026-55', lines: [1] }],
      ['X072 on item 1', { type: 'TRANSIT_AUTHORISATION', reference: 'TA-2026-9', lines: [1] }],
      ['C501, not in the table', { type: 'OTHER', reference: 'GBAEOC123', lines: [1] }],
    ])('maps %s', (_code, expected) => {
      expect(declaration().documents).toContainEqual(expected);
    });
  });

  it('uses the received time when IssueDateTime is absent, and warns', () => {
    const result = mapDecDmsToDeclaration(fixture('missing-submission-time.xml'), {
      receivedAt: RECEIVED_AT,
    });
    expect(mapped(result).submittedAt).toBe(RECEIVED_AT);
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'SUBSTITUTED',
        element: 'Declaration/IssueDateTime/DateTimeString',
        field: 'submittedAt',
      }),
    );
  });

  it('uses the declarationId option over the LRN', () => {
    expect(
      mapped(
        mapDecDmsToDeclaration(fixture('missing-submission-time.xml'), {
          receivedAt: RECEIVED_AT,
          declarationId: '26GB0001',
        }),
      ).declarationId,
    ).toBe('26GB0001');
  });

  it.each<[string, string, Parameters<typeof mapDecDmsToDeclaration>[1], Partial<MappingError>]>([
    [
      'no IssueDateTime and no received time',
      'missing-submission-time.xml',
      {},
      { code: 'MISSING_ELEMENT', element: 'Declaration/IssueDateTime/DateTimeString', field: 'submittedAt' },
    ],
    [
      'neither Consignee nor Importer',
      'missing-consignee-and-importer.xml',
      {},
      { code: 'MISSING_ELEMENT', element: 'Declaration/GoodsShipment/Consignee', field: 'parties.consignee' },
    ],
    [
      'a transport mode outside Recommendation 19',
      'unknown-transport-mode.xml',
      {},
      {
        code: 'UNSUPPORTED_CODE',
        element: 'Declaration/BorderTransportMeans/ModeCode',
        field: 'transport.mode',
      },
    ],
    [
      'a goods item without commodity code',
      'goods-item-without-commodity-code.xml',
      {},
      {
        code: 'MISSING_ELEMENT',
        element: 'Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity/Classification/ID',
        field: 'items[1].hsCode',
      },
    ],
    ['a malformed document', 'malformed.xml', {}, { code: 'MALFORMED_XML', line: 9 }],
    [
      'a DOCTYPE with entity definitions',
      'doctype-entity-expansion.xml',
      {},
      { code: 'DOCTYPE_FORBIDDEN', line: 2, column: 1 },
    ],
  ])('refuses %s, naming where (%s)', (_case, file, options, expected) => {
    expect(errorsOf(mapDecDmsToDeclaration(fixture(file), options))).toContainEqual(
      expect.objectContaining(expected),
    );
  });

  it('says the malformed document has a closing tag that does not match, with the line of the opening tag', () => {
    const [error] = errorsOf(mapDecDmsToDeclaration(fixture('malformed.xml')));
    expect(error.message).toMatch(/line 9.*Destination.*line 7/);
  });

  it.each([
    [
      'FunctionCode 13 / COR (amendment delta)',
      '<FunctionCode>9</FunctionCode>',
      '<FunctionCode>13</FunctionCode>',
      '<TypeCode>IMA</TypeCode>',
      '<TypeCode>COR</TypeCode>',
      /amendment request/,
    ],
    [
      'FunctionCode 13 / INV (cancellation)',
      '<FunctionCode>9</FunctionCode>',
      '<FunctionCode>13</FunctionCode>',
      '<TypeCode>IMA</TypeCode>',
      '<TypeCode>INV</TypeCode>',
      /cancellation request/,
    ],
    [
      'TypeCode COA (direction unknown)',
      '<TypeCode>IMA</TypeCode>',
      '<TypeCode>COA</TypeCode>',
      '',
      '',
      /special fiscal territories/,
    ],
  ])('refuses %s as not mappable', (_case, from1, to1, from2, to2, message) => {
    const xml = fixture('missing-submission-time.xml').replace(from1, to1).replace(from2, to2);
    expect(errorsOf(mapDecDmsToDeclaration(xml, { receivedAt: RECEIVED_AT }))).toContainEqual(
      expect.objectContaining({ code: 'NOT_MAPPABLE', message: expect.stringMatching(message) }),
    );
  });

  it('versions a replacement (FunctionCode 5) by its issue time in seconds', () => {
    const xml = fixture('transit-with-licences.xml').replace(
      '<FunctionCode>9</FunctionCode>',
      '<FunctionCode>5</FunctionCode>',
    );
    expect(mapped(mapDecDmsToDeclaration(xml)).version).toBe(Date.parse('2026-11-29T15:00:00Z') / 1000);
  });

  it('drops an address without CountryCode with a warning instead of inventing a country', () => {
    const xml = fixture('missing-submission-time.xml').replace(
      '<CountryCode>CN</CountryCode>',
      '<CityName>Ningbo</CityName>',
    );
    const result = mapDecDmsToDeclaration(xml, { receivedAt: RECEIVED_AT });
    expect(mapped(result).parties.consignor).toEqual({ name: 'Pacific Tools Trading Co' });
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'DROPPED',
        element: 'Declaration/GoodsShipment/Consignment/Consignor/Address/CountryCode',
      }),
    );
  });

  it('turns a contract violation into an error that names the source element', () => {
    const xml = fixture('missing-submission-time.xml').replace(
      '<CountryCode>GB</CountryCode>',
      '<CountryCode>XX</CountryCode>',
    );
    expect(errorsOf(mapDecDmsToDeclaration(xml, { receivedAt: RECEIVED_AT }))).toContainEqual(
      expect.objectContaining({
        code: 'CONTRACT_VIOLATION',
        element: 'Declaration/GoodsShipment/Destination/CountryCode',
        field: 'route.destination',
      }),
    );
  });
});
