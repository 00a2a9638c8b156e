import type { Declaration, DeclarationItem } from '../schemas/declaration.schema';

/**
 * The one builder of valid Declaration v1 objects for specs and benches. Each function returns a new
 * object; a patch replaces whole top-level fields.
 */

/**
 * An ordinary, harmless import that fires no indicator of the default profile: cotton T-shirts from
 * Portugal to Nigeria, bill of lading, invoice and packing list, paid by transfer.
 */
export function aDeclaration(patch: Partial<Declaration> = {}): Declaration {
  return {
    schemaVersion: '1',
    declarationId: '26NG0000012345678X',
    version: 1,
    kind: 'IMPORT',
    submittedAt: '2026-11-29T10:00:00Z',
    office: 'NGAPP001',
    parties: {
      declarant: { name: 'Apex Clearing Ltd', id: 'NG12345678' },
      consignor: {
        name: 'Textil Norte Lda',
        id: 'PT501234567',
        address: { line: 'Rua das Flores 10', city: 'Porto', country: 'PT' },
      },
      consignee: {
        name: 'Lagos Apparel Stores Ltd',
        kind: 'ORGANISATION',
        id: 'NG87654321',
        address: { line: '15 Broad Street', city: 'Lagos', country: 'NG' },
      },
    },
    transport: {
      mode: 'SEA',
      meansId: 'IMO9321483',
      meansName: 'MV Example Star',
      transportDocument: 'MEDU123456789',
      containers: [{ id: 'MSCU1234566' }],
    },
    route: { origin: 'PT', loadingPlace: 'PTLEI', dischargePlace: 'NGAPP', destination: 'NG' },
    items: [anItem()],
    documents: [
      { type: 'INVOICE', reference: 'INV-1' },
      { type: 'PACKING_LIST', reference: 'PL-1' },
    ],
    payment: { method: 'TRANSFER' },
    ...patch,
  };
}

/** The item of aDeclaration: 500 cotton T-shirts from Portugal. */
export function anItem(patch: Partial<DeclarationItem> = {}): DeclarationItem {
  return {
    line: 1,
    hsCode: '610910',
    description: 'Cotton T-shirts, men, assorted colours',
    originCountry: 'PT',
    quantity: 500,
    unit: 'NAR',
    grossMassKg: 110,
    netMassKg: 100,
    value: { amount: 2500, currency: 'EUR' },
    ...patch,
  };
}

/**
 * A complete, valid Declaration v1 (the docs/contracts.md example: every section filled, a notify
 * party, transit, a licence, an individual consignee paying cash), for tests that break one thing at
 * a time.
 */
export function validDeclaration(): Declaration {
  return aDeclaration({
    parties: {
      declarant: { name: 'Apex Clearing Ltd', id: 'NG12345678' },
      consignor: {
        name: 'Sunrise Hardware Co',
        address: { line: '12 Dock Rd', city: 'Houston', country: 'US' },
      },
      consignee: {
        name: 'John Okafor',
        kind: 'INDIVIDUAL',
        address: { line: '4 Palm Close', city: 'Lagos', postcode: '100001', country: 'NG' },
      },
      notify: { name: 'Same as consignee' },
      carrier: { name: 'Blue Ocean Lines', id: 'SCAC:BOLU' },
    },
    transport: {
      mode: 'SEA',
      meansId: 'IMO9321483',
      meansName: 'MV Example Star',
      nationality: 'LR',
      transportDocument: 'BOLU123456789',
      containers: [{ id: 'MSCU1234565', seals: ['A123456'] }],
    },
    route: {
      origin: 'US',
      loadingPlace: 'USHOU',
      transit: ['PA', 'TG'],
      dischargePlace: 'NGAPP',
      destination: 'NG',
    },
    items: [
      anItem({
        hsCode: '870323',
        description: 'Used motor vehicle, Toyota Camry 2015, with personal effects',
        originCountry: 'US',
        quantity: 1,
        grossMassKg: 1650.0,
        netMassKg: 1500.0,
        value: { amount: 4200.0, currency: 'USD' },
        packages: { count: 1, kind: 'NE' },
      }),
    ],
    documents: [
      { type: 'INVOICE', reference: 'INV-2026-0042' },
      {
        type: 'EXPORT_LICENCE',
        reference: 'DDTC-050-123456',
        issuer: 'US',
        validUntil: '2027-06-30',
        lines: [1],
      },
    ],
    payment: { method: 'CASH' },
  });
}

/**
 * A typical 3-item declaration with 4 parties (hardware from the US to Nigeria through Panama), the
 * message the validation bench measures.
 */
export function aThreeItemDeclaration(): Declaration {
  const address = (city: string, country: string) => ({ line: '12 Dock Road', city, country });
  return aDeclaration({
    parties: {
      declarant: { name: 'Apex Clearing Ltd', id: 'NG12345678', address: address('Lagos', 'NG') },
      consignor: { name: 'Sunrise Hardware Co', address: address('Houston', 'US') },
      consignee: { name: 'Okafor Building Supplies Ltd', id: 'NG99887766', address: address('Lagos', 'NG') },
      carrier: { name: 'Blue Ocean Lines', id: 'SCAC:BOLU' },
    },
    transport: {
      mode: 'SEA',
      meansId: 'IMO9321483',
      nationality: 'LR',
      containers: [{ id: 'MSCU1234565', seals: ['A123456'] }],
    },
    route: {
      origin: 'US',
      loadingPlace: 'USHOU',
      transit: ['PA'],
      dischargePlace: 'NGAPP',
      destination: 'NG',
    },
    items: [1, 2, 3].map((line) =>
      anItem({
        line,
        hsCode: ['731815', '846693', '940360'][line - 1],
        description: ['Hex bolts, zinc plated, M12', 'Parts for machine tools', 'Wooden office furniture'][
          line - 1
        ],
        originCountry: 'US',
        quantity: 100 * line,
        grossMassKg: 250.5 * line,
        netMassKg: 240 * line,
        value: { amount: 1200 * line, currency: 'USD' },
        packages: { count: 4 * line, kind: 'CT' },
      }),
    ),
    documents: [
      { type: 'INVOICE', reference: 'INV-2026-0042' },
      { type: 'PACKING_LIST', reference: 'PL-2026-0042' },
    ],
    payment: { method: 'TRANSFER' },
  });
}
