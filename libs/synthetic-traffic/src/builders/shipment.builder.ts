import type {
  Declaration,
  DeclarationDocument,
  DeclarationItem,
  DeclarationKind,
  Party,
  PaymentMethod,
  TransportMode,
} from '@salw/contracts';
import {
  AIRLINES,
  COUNTRIES,
  EXPRESS_CARRIERS,
  HAULIERS,
  LESSOR_PREFIXES,
  SHIPPING_LINES,
  USD_RATES,
  type GoodsShape,
} from '../data/reference-data';
import { containerNumber } from '../identifiers/container-number';
import { imoNumber } from '../identifiers/imo-number';
import { airWaybillNumber, postalItemNumber } from '../identifiers/transport-document-number';
import type { SeededRandom } from '../random/seeded-random';

/** One declared line before quantities are drawn: what the goods are and their usual economics. */
export interface LineSpec extends GoodsShape {
  readonly description: string;
  readonly originCountry?: string;
}

export interface ShipmentSpec {
  readonly submittedAtMs: number;
  readonly kind?: DeclarationKind;
  readonly consignor: Party;
  readonly consignee: Party;
  readonly notify?: Party;
  readonly origin: string;
  readonly destination: string;
  readonly transit?: readonly string[];
  readonly mode: TransportMode;
  readonly lines: readonly LineSpec[];
  /** Licences and certificates; an invoice and a packing list are added unless `commercialDocuments` is false. */
  readonly extraDocuments?: readonly DeclarationDocument[];
  readonly commercialDocuments?: { readonly invoice: boolean; readonly packingList: boolean };
  readonly payment?: PaymentMethod;
  readonly currency?: string;
  /** Fixed transport identifiers (for watchlist scenarios); drawn at random otherwise. */
  readonly containerIds?: readonly string[];
  readonly vessel?: { readonly imo: string; readonly name: string; readonly flag: string };
}

const INVOICING_CURRENCIES = new Set(['EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'SEK']);
const countryByCode = new Map(COUNTRIES.map((country) => [country.code, country]));

/**
 * Turns a shipment story into a contract-valid Declaration with coherent numbers: value from quantity
 * and unit value, gross mass above net mass by the packaging, packages from units per package,
 * transport identifiers with valid check digits.
 */
export class ShipmentBuilder {
  private sequence = 0;

  constructor(
    private readonly random: SeededRandom,
    private readonly idTag: string,
  ) {}

  build(spec: ShipmentSpec): Declaration {
    const random = this.random;
    const currency = spec.currency ?? this.pickCurrency(spec.origin);
    const rate = USD_RATES[currency] ?? 1;
    const items = spec.lines.map((line, index) => this.item(line, index + 1, currency, rate));
    const documents: DeclarationDocument[] = [];
    const commercial = spec.commercialDocuments ?? { invoice: true, packingList: true };
    const year = new Date(spec.submittedAtMs).getUTCFullYear();
    if (commercial.invoice)
      documents.push({ type: 'INVOICE', reference: random.pattern(`INV-${year}-#####`) });
    if (commercial.packingList)
      documents.push({ type: 'PACKING_LIST', reference: random.pattern(`PL-${year}-#####`) });
    documents.push(...(spec.extraDocuments ?? []));
    const loadingPlace = this.locode(spec.origin);
    const dischargePlace = this.locode(spec.destination);
    const totalGross = items.reduce((sum, item) => sum + (item.grossMassKg ?? 0), 0);
    const transport = this.transport(spec, totalGross);
    return {
      schemaVersion: '1',
      declarationId: this.nextId(spec.destination, year),
      version: 1,
      kind: spec.kind ?? (spec.mode === 'SEA' && random.chance(0.1) ? 'ENTRY_SUMMARY' : 'IMPORT'),
      submittedAt: new Date(spec.submittedAtMs).toISOString(),
      office: `${dischargePlace ?? `${spec.destination}XXX`}${random.pick(['001', '002', '010'])}`,
      parties: {
        declarant: this.declarant(spec.destination),
        consignor: spec.consignor,
        consignee: spec.consignee,
        ...(spec.notify ? { notify: spec.notify } : {}),
        carrier: this.carrierParty(transport.mode, transport.transportDocument ?? ''),
      },
      transport,
      route: {
        origin: spec.origin,
        ...(loadingPlace ? { loadingPlace } : {}),
        ...(spec.transit && spec.transit.length > 0 ? { transit: [...spec.transit] } : {}),
        ...(dischargePlace ? { dischargePlace } : {}),
        destination: spec.destination,
      },
      items,
      ...(documents.length > 0 ? { documents } : {}),
      payment: {
        method:
          spec.payment ??
          random.weighted<PaymentMethod>([
            ['TRANSFER', 70],
            ['CREDIT', 25],
            ['CARD', 5],
          ]),
      },
    };
  }

  private item(line: LineSpec, lineNumber: number, currency: string, rate: number): DeclarationItem {
    const random = this.random;
    const quantity = wholeOrKilo(line.unit, random.between(line.quantity[0], line.quantity[1]));
    const unitValue = random.between(line.unitValueUsd[0], line.unitValueUsd[1]);
    const net = round(quantity * random.between(line.unitNetKg[0], line.unitNetKg[1]), 2);
    const packages = Math.max(1, Math.ceil(quantity / line.perPackage));
    const gross = round(net * random.between(1.03, 1.12) + packages * random.between(0.2, 1.5), 2);
    return {
      line: lineNumber,
      hsCode: line.hsCode,
      description: line.description,
      ...(line.originCountry ? { originCountry: line.originCountry } : {}),
      quantity,
      unit: line.unit,
      grossMassKg: gross,
      netMassKg: net,
      value: { amount: round(quantity * unitValue * rate, 2), currency },
      packages: { count: packages, kind: line.packageKind },
    };
  }

  private transport(spec: ShipmentSpec, grossKg: number): Declaration['transport'] {
    const random = this.random;
    switch (spec.mode) {
      case 'SEA': {
        const lineCo = random.pick(SHIPPING_LINES);
        const containerCount = Math.min(6, Math.max(1, Math.ceil(grossKg / 22000)));
        const containers = (
          spec.containerIds ??
          Array.from({ length: containerCount }, () =>
            containerNumber(
              random.pick([...lineCo.containerPrefixes, ...LESSOR_PREFIXES]),
              random.int(0, 999999),
            ),
          )
        ).map((id) => ({
          id,
          seals: [random.pattern(random.pick(['@######', '@@#######', '########']))],
        }));
        const vessel = spec.vessel ?? {
          imo: imoNumber(random.int(930000, 989999)),
          name: random.pick(lineCo.vesselStems),
          flag: random.pick(lineCo.flags),
        };
        return {
          mode: 'SEA',
          meansId: vessel.imo,
          meansName: vessel.name,
          nationality: vessel.flag,
          transportDocument: `${lineCo.scac}${random.pattern('#########')}`,
          containers,
        };
      }
      case 'RAIL':
        return {
          mode: 'RAIL',
          meansId: random.pattern('TRAIN ####'),
          transportDocument: random.pattern('CIM-########'),
          containers: (
            spec.containerIds ?? [containerNumber(random.pick(LESSOR_PREFIXES), random.int(0, 999999))]
          ).map((id) => ({ id })),
        };
      case 'AIR': {
        const airline = random.pick(AIRLINES);
        return {
          mode: 'AIR',
          meansId: `${airline.iata}${random.int(100, 9899)}`,
          transportDocument: airWaybillNumber(airline.awbPrefix, random.int(0, 9999999)),
        };
      }
      case 'ROAD':
        return {
          mode: 'ROAD',
          meansId: random.pattern('@@-####-@@'),
          nationality: spec.origin,
          transportDocument: random.pattern('CMR-########'),
        };
      case 'EXPRESS': {
        const integrator = random.pick(EXPRESS_CARRIERS);
        return { mode: 'EXPRESS', transportDocument: random.pattern(integrator.waybillPattern) };
      }
      case 'POSTAL':
        return {
          mode: 'POSTAL',
          transportDocument: postalItemNumber(
            random.pick(['CP', 'EE', 'RR', 'LX']),
            random.int(0, 99999999),
            spec.origin,
          ),
        };
    }
  }

  private carrierParty(mode: TransportMode, document: string): Party {
    const random = this.random;
    switch (mode) {
      case 'SEA': {
        const lineCo =
          SHIPPING_LINES.find((line) => document.startsWith(line.scac)) ?? random.pick(SHIPPING_LINES);
        return { name: lineCo.name, id: `SCAC:${lineCo.scac}` };
      }
      case 'AIR': {
        const airline =
          AIRLINES.find((candidate) => document.startsWith(candidate.awbPrefix)) ?? random.pick(AIRLINES);
        return { name: airline.name, id: `IATA:${airline.iata}` };
      }
      case 'EXPRESS': {
        const integrator = random.pick(EXPRESS_CARRIERS);
        return { name: integrator.name, id: integrator.id };
      }
      case 'POSTAL':
        return { name: 'Designated postal operator' };
      case 'RAIL':
        return { name: random.pick(['DB Cargo AG', 'PKP Cargo S.A.', 'RailCargo Austria AG']) };
      case 'ROAD':
        return { name: random.pick(HAULIERS) };
    }
  }

  private declarant(destination: string): Party {
    const country = countryByCode.get(destination);
    const form = country ? this.random.pick(country.legalForms) : 'Ltd';
    const city = country ? this.random.pick(country.cities)[0] : 'Port';
    return {
      name: `${city} ${this.random.pick(['Customs Brokers', 'Clearing & Forwarding', 'Freight Services', 'Customs Agency'])} ${form}`,
      id: country ? this.random.pattern(country.idPattern) : this.random.pattern(`${destination}#########`),
      kind: 'ORGANISATION',
    };
  }

  /** A UN/LOCODE of a port or airport of the country, when the data knows one. */
  private locode(countryCode: string): string | undefined {
    const country = countryByCode.get(countryCode);
    return country ? this.random.pick(country.cities)[2] : undefined;
  }

  /** Invoices are mostly in US dollars or euros; exporters in hard-currency countries also invoice in their own. */
  private pickCurrency(origin: string): string {
    const local = countryByCode.get(origin)?.currency;
    if (local && INVOICING_CURRENCIES.has(local) && this.random.chance(0.35)) return local;
    return this.random.chance(0.85) ? 'USD' : 'EUR';
  }

  private nextId(destination: string, year: number): string {
    this.sequence += 1;
    const letter = String.fromCharCode(65 + (this.sequence % 26));
    return `${String(year).slice(2)}${destination}${this.idTag}${String(this.sequence).padStart(8, '0')}${letter}`;
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Counted units are whole numbers; kilograms, litres and metres are rounded to tens. */
function wholeOrKilo(unit: string, quantity: number): number {
  if (unit === 'KGM' || unit === 'LTR' || unit === 'MTR' || unit === 'MTK')
    return Math.max(1, Math.round(quantity / 10) * 10);
  return Math.max(1, Math.round(quantity));
}
