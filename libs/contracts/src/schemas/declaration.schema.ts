import { Type, type Static } from '@sinclair/typebox';
import { MAX_DECLARATION_VERSION } from './declaration-version.constant';
import {
  CalendarDate,
  CountryCode,
  CurrencyCode,
  DateTime,
  HsCode,
  JSON_SCHEMA_DIALECT,
  SCHEMA_ID_BASE,
  UnLocode,
  stringEnum,
} from './schema-kit';

/** Declaration v1, the value on `salw.declarations.v1` (docs/contracts.md section 2). */

export const DECLARATION_KINDS = ['IMPORT', 'EXPORT', 'TRANSIT', 'ENTRY_SUMMARY'] as const;
export const TRANSPORT_MODES = ['SEA', 'AIR', 'ROAD', 'RAIL', 'POSTAL', 'EXPRESS'] as const;
export const PARTY_KINDS = ['ORGANISATION', 'INDIVIDUAL'] as const;
export const DOCUMENT_TYPES = [
  'EXPORT_LICENCE',
  'IMPORT_LICENCE',
  'END_USER_CERTIFICATE',
  'TRANSIT_AUTHORISATION',
  'INVOICE',
  'PACKING_LIST',
  'OTHER',
] as const;
export const PAYMENT_METHODS = ['CASH', 'CARD', 'TRANSFER', 'CREDIT', 'OTHER'] as const;
/**
 * Party roles. The contract names declarant, consignor, consignee, notify and carrier; exporter and
 * importer are the WCO Data Model roles that DEC-DMS declarations carry beside (or instead of) them.
 */
export const PARTY_ROLES = [
  'declarant',
  'exporter',
  'importer',
  'consignor',
  'consignee',
  'notify',
  'carrier',
] as const;

export const MAX_ITEMS = 999;
export const MAX_DESCRIPTION_LENGTH = 2048;

const closed = { additionalProperties: false } as const;
const text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, description });

export const AddressSchema = Type.Object(
  {
    line: Type.Optional(text(512)),
    city: Type.Optional(text(128)),
    postcode: Type.Optional(text(32)),
    country: CountryCode(),
  },
  closed,
);

export const PartySchema = Type.Object(
  {
    name: text(512, 'name in any script'),
    id: Type.Optional(text(64, 'EORI, TIN, SCAC or another trader identifier')),
    kind: Type.Optional(stringEnum(PARTY_KINDS)),
    address: Type.Optional(AddressSchema),
  },
  closed,
);

export const PartiesSchema = Type.Object(
  {
    declarant: Type.Optional(PartySchema),
    exporter: Type.Optional(PartySchema),
    importer: Type.Optional(PartySchema),
    consignor: PartySchema,
    consignee: PartySchema,
    notify: Type.Optional(PartySchema),
    carrier: Type.Optional(PartySchema),
  },
  closed,
);

export const ContainerSchema = Type.Object(
  {
    id: Type.String({ minLength: 4, maxLength: 17, pattern: '^[A-Z0-9]+$' }),
    seals: Type.Optional(Type.Array(text(35), { maxItems: 20 })),
  },
  closed,
);

export const TransportSchema = Type.Object(
  {
    mode: stringEnum(TRANSPORT_MODES),
    meansId: Type.Optional(text(35, 'IMO number, flight number, plate')),
    meansName: Type.Optional(text(128)),
    nationality: Type.Optional(CountryCode('nationality of the means of transport')),
    transportDocument: Type.Optional(text(70)),
    containers: Type.Optional(Type.Array(ContainerSchema, { maxItems: 500 })),
  },
  closed,
);

export const RouteSchema = Type.Object(
  {
    origin: CountryCode('country of dispatch'),
    loadingPlace: Type.Optional(UnLocode()),
    transit: Type.Optional(Type.Array(CountryCode('transit country'), { maxItems: 30 })),
    dischargePlace: Type.Optional(UnLocode()),
    destination: CountryCode('country of destination'),
  },
  closed,
);

export const MoneySchema = Type.Object(
  { amount: Type.Number({ minimum: 0 }), currency: CurrencyCode() },
  closed,
);

export const PackagesSchema = Type.Object(
  { count: Type.Integer({ minimum: 0 }), kind: Type.Optional(text(8, 'UN/ECE Rec 21 package code')) },
  closed,
);

export const ItemSchema = Type.Object(
  {
    line: Type.Integer({ minimum: 1, maximum: MAX_ITEMS }),
    hsCode: HsCode(),
    description: text(MAX_DESCRIPTION_LENGTH),
    originCountry: Type.Optional(CountryCode('country of origin of the goods')),
    quantity: Type.Optional(Type.Number({ minimum: 0 })),
    unit: Type.Optional(text(8, 'UN/ECE Rec 20 unit code')),
    grossMassKg: Type.Optional(Type.Number({ minimum: 0 })),
    netMassKg: Type.Optional(Type.Number({ minimum: 0 })),
    value: Type.Optional(MoneySchema),
    packages: Type.Optional(PackagesSchema),
  },
  closed,
);

export const DocumentSchema = Type.Object(
  {
    type: stringEnum(DOCUMENT_TYPES),
    reference: text(128),
    issuer: Type.Optional(CountryCode('issuing country')),
    validUntil: Type.Optional(CalendarDate()),
    lines: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1, maximum: MAX_ITEMS }), { minItems: 1, maxItems: MAX_ITEMS }),
    ),
  },
  closed,
);

export const DeclarationSchema = Type.Object(
  {
    schemaVersion: Type.Literal('1'),
    declarationId: Type.String({ pattern: '^[A-Za-z0-9\\-_/.]{1,64}$' }),
    version: Type.Integer({ minimum: 1, maximum: MAX_DECLARATION_VERSION }),
    kind: stringEnum(DECLARATION_KINDS),
    submittedAt: DateTime('when the declaration was lodged'),
    office: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{2,17}$', description: 'customs office code' })),
    parties: PartiesSchema,
    transport: TransportSchema,
    route: RouteSchema,
    items: Type.Array(ItemSchema, { minItems: 1, maxItems: MAX_ITEMS }),
    documents: Type.Optional(Type.Array(DocumentSchema, { maxItems: 200 })),
    payment: Type.Optional(Type.Object({ method: stringEnum(PAYMENT_METHODS) }, closed)),
  },
  {
    ...closed,
    $id: `${SCHEMA_ID_BASE}declaration.v1.json`,
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Declaration v1',
  },
);

/** Deepest object/array nesting a valid Declaration has (root > transport > containers > container > seals). */
export const DECLARATION_MAX_DEPTH = 5;

export type Declaration = Static<typeof DeclarationSchema>;
export type Party = Static<typeof PartySchema>;
export type PartyRole = (typeof PARTY_ROLES)[number];
export type Address = Static<typeof AddressSchema>;
export type DeclarationItem = Static<typeof ItemSchema>;
export type DeclarationDocument = Static<typeof DocumentSchema>;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];
export type TransportMode = (typeof TRANSPORT_MODES)[number];
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
