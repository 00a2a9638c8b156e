/**
 * `npm run bench:validate`: Ajv validation throughput of the Declaration v1 contract on one core,
 * for a typical 3-item declaration with 4 parties. Target: >= 100,000 validations/s.
 */
import { declarationValidator, type Declaration } from '@salw/contracts';
import { opsPerSecond, writeBenchReport } from '@salw/benchmarking';

const TARGET_PER_SECOND = 100_000;

function typicalDeclaration(): Declaration {
  const address = (city: string, country: string) => ({ line: '12 Dock Road', city, country });
  return {
    schemaVersion: '1',
    declarationId: '26NG0000012345678X',
    version: 1,
    kind: 'IMPORT',
    submittedAt: '2026-11-29T10:00:00Z',
    office: 'NGAPP001',
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
    items: [1, 2, 3].map((line) => ({
      line,
      hsCode: ['731815', '846693', '940360'][line - 1],
      description: ['Hex bolts, zinc plated, M12', 'Parts for machine tools', 'Wooden office furniture'][
        line - 1
      ],
      originCountry: 'US',
      quantity: 100 * line,
      unit: 'NAR',
      grossMassKg: 250.5 * line,
      netMassKg: 240 * line,
      value: { amount: 1200 * line, currency: 'USD' },
      packages: { count: 4 * line, kind: 'CT' },
    })),
    documents: [
      { type: 'INVOICE', reference: 'INV-2026-0042' },
      { type: 'PACKING_LIST', reference: 'PL-2026-0042' },
    ],
    payment: { method: 'TRANSFER' },
  };
}

function main(): void {
  const declaration = typicalDeclaration();
  const bytes = Buffer.from(JSON.stringify(declaration), 'utf8');
  if (!declarationValidator.check(declaration).ok) throw new Error('benchmark declaration is not valid');

  const checkPerSecond = opsPerSecond(() => {
    if (!declarationValidator.check(declaration).ok) throw new Error('unexpected rejection');
  });
  const parsePerSecond = opsPerSecond(() => {
    if (!declarationValidator.parse(bytes).ok) throw new Error('unexpected rejection');
  });

  const figures = {
    messageBytes: bytes.length,
    items: declaration.items.length,
    validationsPerSecond: Math.round(checkPerSecond),
    parseAndValidatePerSecond: Math.round(parsePerSecond),
    target: TARGET_PER_SECOND,
    meetsTarget: checkPerSecond >= TARGET_PER_SECOND,
  };
  const file = writeBenchReport('validate', figures);
  console.log(
    `Declaration v1 validation, one core, ${bytes.length}-byte message with ${declaration.items.length} items`,
  );
  console.log(
    `  schema validation (object in memory): ${figures.validationsPerSecond.toLocaleString('en')} /s  (target >= ${TARGET_PER_SECOND.toLocaleString('en')})`,
  );
  console.log(
    `  bytes -> checks -> JSON.parse -> schema: ${figures.parseAndValidatePerSecond.toLocaleString('en')} /s`,
  );
  console.log(`report: ${file}`);
}

main();
