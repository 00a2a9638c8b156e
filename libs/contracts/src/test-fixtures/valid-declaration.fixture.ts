import type { Declaration } from '../schemas/declaration.schema';

/** A complete, valid Declaration v1 (the docs/contracts.md example), for tests that break one thing at a time. */
export function validDeclaration(): Declaration {
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
      {
        line: 1,
        hsCode: '870323',
        description: 'Used motor vehicle, Toyota Camry 2015, with personal effects',
        originCountry: 'US',
        quantity: 1,
        unit: 'NAR',
        grossMassKg: 1650.0,
        netMassKg: 1500.0,
        value: { amount: 4200.0, currency: 'USD' },
        packages: { count: 1, kind: 'NE' },
      },
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
  };
}
