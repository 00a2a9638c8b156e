import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { XMLParser } from 'fast-xml-parser';
import { declarationValidator } from '../validation/contract-validators';
import { mapDecDmsToDeclaration } from './map-dec-dms-to-declaration';
import type { MappingResult } from './mapping-result';

const SAMPLE = path.resolve(__dirname, '../../../../../shared/data/wco-dm/hmrc-cds-import-example.xml');
const sampleAvailable = existsSync(SAMPLE);
if (!sampleAvailable)
  console.warn(`HMRC DEC-DMS sample not found at ${SAMPLE}; its mapping tests are skipped`);
const describeWithSample = sampleAvailable ? describe : describe.skip;

// The expected values are read from the raw XML with a second, plain parser (no array coercion, other
// access paths) or are literals checked by reading the file, so a mapping slip cannot hide in both.
type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const text = (node: unknown): string =>
  typeof node === 'object' && node !== null ? String((node as Raw)['#text']) : String(node);

describeWithSample('mapDecDmsToDeclaration on the HMRC CDS import sample (WCO DM 3.6 DEC-DMS)', () => {
  let xml: string;
  let raw: Raw;
  let result: MappingResult;
  let item: Raw;

  beforeAll(() => {
    xml = readFileSync(SAMPLE, 'utf8');
    raw = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, parseTagValue: false }).parse(xml)
      .MetaData.Declaration;
    item = raw.GoodsShipment.GovernmentAgencyGoodsItem;
    result = mapDecDmsToDeclaration(xml);
  });

  const declaration = () => {
    if (!result.ok) throw new Error(`mapping failed: ${JSON.stringify(result.errors)}`);
    return result.declaration;
  };

  it('maps to a Declaration v1 that the contract validator accepts', () => {
    expect(result.ok).toBe(true);
    expect(declarationValidator.check(declaration()).ok).toBe(true);
  });

  it('takes the id from FunctionalReferenceID (the LRN) when there is no MRN', () => {
    expect(raw.ID).toBeUndefined();
    expect(declaration().declarationId).toBe(text(raw.FunctionalReferenceID));
    expect(declaration().declarationId).toBe('Import_Accepted');
  });

  it('treats FunctionCode 9 as the original, version 1', () => {
    expect(text(raw.FunctionCode)).toBe('9');
    expect(declaration().version).toBe(1);
  });

  it('reads TypeCode IMZ as an import', () => {
    expect(text(raw.TypeCode)).toBe('IMZ');
    expect(declaration().kind).toBe('IMPORT');
  });

  it('turns IssueDateTime formatCode 304 into RFC 3339, not the later AcceptanceDateTime', () => {
    expect(text(raw.IssueDateTime.DateTimeString)).toBe('20170810093030Z');
    expect(declaration().submittedAt).toBe('2017-08-10T09:30:30Z');
  });

  it('takes the office from DeclarationOfficeID', () => {
    expect(declaration().office).toBe(text(raw.DeclarationOfficeID));
  });

  it('maps the Exporter with its address and uses it as consignor, saying so', () => {
    const exporter = raw.Exporter;
    const expected = {
      name: text(exporter.Name),
      address: {
        line: text(exporter.Address.Line),
        city: text(exporter.Address.CityName),
        postcode: text(exporter.Address.PostcodeID),
        country: text(exporter.Address.CountryCode),
      },
    };
    expect(declaration().parties.exporter).toEqual(expected);
    expect(declaration().parties.consignor).toEqual(expected);
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'SUBSTITUTED',
        element: 'Declaration/GoodsShipment/Consignment/Consignor',
        field: 'parties.consignor',
      }),
    );
  });

  it('maps the Importer (ID only) and uses it as consignee, with the ID standing in for the missing name', () => {
    const id = text(raw.GoodsShipment.Importer.ID);
    expect(declaration().parties.importer).toEqual({ name: id, id });
    expect(declaration().parties.consignee).toEqual({ name: id, id });
    expect(declaration().parties.declarant).toEqual({
      name: text(raw.Declarant.ID),
      id: text(raw.Declarant.ID),
    });
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({
        element: 'Declaration/GoodsShipment/Importer/Name',
        field: 'parties.importer.name',
      }),
    );
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({ element: 'Declaration/GoodsShipment/Consignee', field: 'parties.consignee' }),
    );
  });

  it('maps the border mode 1 to SEA with its nationality, the arrival means ID and the container', () => {
    expect(text(raw.BorderTransportMeans.ModeCode)).toBe('1');
    expect(declaration().transport).toEqual({
      mode: 'SEA',
      nationality: text(raw.BorderTransportMeans.RegistrationNationalityCode),
      meansId: text(raw.GoodsShipment.Consignment.ArrivalTransportMeans.ID),
      containers: [{ id: text(raw.GoodsShipment.Consignment.TransportEquipment.ID) }],
    });
  });

  it('warns that the arrival means, typed as an IMO number, is not a 7-digit IMO number', () => {
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({
        element: 'Declaration/GoodsShipment/Consignment/ArrivalTransportMeans/ID',
        field: 'transport.meansId',
      }),
    );
  });

  it('routes from ExportCountry to the goods item destination', () => {
    expect(declaration().route).toEqual({
      origin: text(raw.GoodsShipment.ExportCountry.ID),
      destination: text(item.Destination.CountryCode),
    });
  });

  it('maps the goods item: line, CN+TARIC code, description, origin, masses, item price and packages', () => {
    const [tsp, trc] = item.Commodity.Classification;
    expect(text(tsp.IdentificationTypeCode)).toBe('TSP');
    expect(text(trc.IdentificationTypeCode)).toBe('TRC');
    expect(declaration().items).toEqual([
      {
        line: Number(text(item.SequenceNumeric)),
        hsCode: `${text(tsp.ID)}${text(trc.ID)}`,
        description: text(item.Commodity.Description),
        originCountry: text(item.Origin.CountryCode),
        grossMassKg: Number(text(item.Commodity.GoodsMeasure.GrossMassMeasure)),
        netMassKg: Number(text(item.Commodity.GoodsMeasure.NetNetWeightMeasure)),
        value: {
          amount: Number(text(item.Commodity.InvoiceLine.ItemChargeAmount)),
          currency: item.Commodity.InvoiceLine.ItemChargeAmount['@_currencyID'],
        },
        packages: { count: Number(text(raw.TotalPackageQuantity)), kind: text(item.Packaging.TypeCode) },
      },
    ]);
    expect(declaration().items[0].hsCode).toBe('4202121900');
  });

  it('takes the package count from TotalPackageQuantity because the only item gives none, and says so', () => {
    expect(item.Packaging.QuantityQuantity).toBeUndefined();
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({
        element: 'Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Packaging/QuantityQuantity',
        field: 'items[0].packages.count',
      }),
    );
  });

  it('maps every additional document: N935 as the invoice, the authorisations and certificates as OTHER', () => {
    const itemDocuments: Raw[] = item.AdditionalDocument;
    const invoice = itemDocuments.find(
      (d) => text(d.CategoryCode) === 'N' && text(d.TypeCode) === '935',
    ) as Raw;
    expect(declaration().documents).toContainEqual({
      type: 'INVOICE',
      reference: text(invoice.ID),
      lines: [1],
    });
    expect(declaration().documents).toContainEqual({
      type: 'OTHER',
      reference: text(raw.AdditionalDocument.ID),
    });
    const references = new Set(itemDocuments.map((d) => text(d.ID)));
    for (const reference of references) {
      expect(
        declaration().documents?.filter((d) => d.reference === reference && d.lines !== undefined),
      ).toHaveLength(1);
    }
    expect(declaration().documents).toHaveLength(1 + references.size);
  });
});
