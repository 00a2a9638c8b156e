import type { Declaration, DeclarationDocument, DeclarationItem } from '@salw/contracts';
import { containerNumber } from '@salw/synthetic-traffic/identifiers/container-number';
import { imoNumber } from '@salw/synthetic-traffic/identifiers/imo-number';
import {
  airWaybillNumber,
  postalItemNumber,
} from '@salw/synthetic-traffic/identifiers/transport-document-number';
import type { SeededRandom } from '@salw/synthetic-traffic/random/seeded-random';
import { AIR_CARRIERS, EXPRESS_CARRIERS, SEA_CARRIERS, VESSEL_NAMES } from '../data/carriers.data';
import { NAMING_CULTURES, type NamingPools } from '../data/naming-cultures.data';
import { ORDINARY_GOODS, type OrdinaryGood } from '../data/ordinary-goods.data';
import {
  DECLARING_ADMINISTRATIONS,
  TRADING_COUNTRIES,
  type TradingCountry,
} from '../data/trading-countries.data';

export interface OrdinaryDeclaration {
  readonly declaration: Declaration;
  /** Ambiguous words carried on purpose (cartridge, barrel, slide...): the hard negatives. */
  readonly hardNegatives: readonly string[];
}

export interface OrdinaryTrafficOptions {
  /** Countries that may be the other end of the consignment; every trading country when absent. */
  readonly partnerAllowed?: (code: string) => boolean;
  /** Declaring administrations allowed; all when absent. */
  readonly administrationAllowed?: (code: string) => boolean;
  /** First `submittedAt`; consignments follow each other by a few minutes. */
  readonly start?: Date;
  /** Prefix of declaration ids, to keep sets apart. */
  readonly idPrefix?: string;
  /** Names a trader may not carry (a listed name met by chance would be a true possible match). */
  readonly isListedName?: (name: string) => boolean;
}

type Mode = Declaration['transport']['mode'];
type Party = Declaration['parties']['consignor'];

const BY_CODE = new Map(TRADING_COUNTRIES.map((c) => [c.code, c]));
const NEAR: readonly (readonly string[])[] = [
  ['DE', 'NL', 'BE', 'FR', 'IT', 'ES', 'PL', 'CZ', 'SE', 'GB', 'CH', 'TR'],
  ['US', 'CA', 'MX'],
  ['AE', 'SA', 'QA'],
  ['NG', 'GH'],
  ['ZA', 'KE'],
  ['TH', 'MY', 'SG', 'VN'],
];

function country(code: string): TradingCountry {
  const found = BY_CODE.get(code);
  if (!found) throw new RangeError(`no trading country ${code}`);
  return found;
}

function neighbours(a: string, b: string): boolean {
  return NEAR.some((group) => group.includes(a) && group.includes(b));
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Ordinary commercial consignments as customs administrations receive them: who trades with whom,
 * by which mode, with which goods, values, masses and paperwork. Traders recur (each country has a
 * pool of regular exporters and importers), so trader history looks like real history.
 */
export class OrdinaryTrafficGenerator {
  private readonly traders = new Map<string, Party[]>();
  private sequence = 0;
  private clock: number;
  private readonly idPrefix: string;

  constructor(
    private readonly random: SeededRandom,
    private readonly options: OrdinaryTrafficOptions = {},
  ) {
    this.clock = (options.start ?? new Date('2026-11-02T06:00:00Z')).getTime();
    this.idPrefix = options.idPrefix ?? 'OT';
  }

  generate(count: number): OrdinaryDeclaration[] {
    const out: OrdinaryDeclaration[] = [];
    for (let i = 0; i < count; i += 1) out.push(this.next());
    return out;
  }

  next(): OrdinaryDeclaration {
    const r = this.random;
    this.sequence += 1;
    this.clock += r.int(20, 400) * 1000;
    const admins = DECLARING_ADMINISTRATIONS.filter(([c]) => this.options.administrationAllowed?.(c) ?? true);
    const admin = r.weighted(admins);
    const kind = r.weighted<Declaration['kind']>([
      ['IMPORT', 72],
      ['EXPORT', 14],
      ['ENTRY_SUMMARY', 10],
      ['TRANSIT', 4],
    ]);
    const partner = this.pickPartner(admin, []);
    let origin: string;
    let destination: string;
    const transit: string[] = [];
    if (kind === 'EXPORT') {
      origin = admin;
      destination = partner;
    } else if (kind === 'TRANSIT') {
      origin = partner;
      destination = this.pickPartner(admin, [partner]);
      transit.push(admin);
    } else {
      origin = partner;
      destination = admin;
    }
    const mode = this.pickMode(origin, destination);
    if (mode === 'SEA' && kind !== 'TRANSIT' && r.chance(0.2)) {
      const hub = this.pickHub(origin, destination);
      if (hub !== undefined) transit.unshift(hub);
    }
    const from = country(origin);
    const to = country(destination);
    const parcel = mode === 'EXPRESS' || mode === 'POSTAL';
    const individualConsignee = parcel && r.chance(0.3);
    const goods = this.pickGoods(mode);
    const currency = r.weighted<string>([
      ['USD', 65],
      ['EUR', 25],
      [to.currency === 'EUR' || to.currency === 'USD' ? 'USD' : to.currency, 10],
    ]);
    const items = goods.map((good, i) => this.item(good, i + 1, origin, parcel, currency));
    const hardNegatives = goods.flatMap((g) => (g.hardNegative ? [g.hardNegative] : []));
    const year = new Date(this.clock).getUTCFullYear();
    const documents: DeclarationDocument[] = [{ type: 'INVOICE', reference: r.pattern(`INV-${year}-#####`) }];
    if (r.chance(parcel ? 0.15 : 0.45))
      documents.push({ type: 'PACKING_LIST', reference: r.pattern(`PL-${year}-#####`) });
    if (!parcel && r.chance(0.2))
      documents.push({ type: 'OTHER', reference: r.pattern(`COO-${origin}-######`) });
    const consignor = this.trader(origin);
    const consignee = individualConsignee ? this.person(to) : this.trader(destination);
    const declaration: Declaration = {
      schemaVersion: '1',
      declarationId: `26${admin}${this.idPrefix}${String(this.sequence).padStart(8, '0')}${r.pattern('@')}`,
      version: 1,
      kind,
      submittedAt: new Date(this.clock).toISOString(),
      office: `${admin}${r.pattern('@@@')}${r.pattern('###')}`,
      parties: {
        declarant: {
          name: this.brokerName(admin),
          id: r.pattern(country(admin).traderId),
          kind: 'ORGANISATION',
        },
        consignor,
        consignee,
        carrier: this.carrier(mode, origin),
      },
      transport: this.transport(mode, origin),
      route: {
        origin,
        ...(from.seaport || from.airport
          ? { loadingPlace: mode === 'SEA' ? (from.seaport ?? from.airport) : from.airport }
          : {}),
        ...(transit.length > 0 ? { transit } : {}),
        dischargePlace: mode === 'SEA' ? (to.seaport ?? to.airport) : to.airport,
        destination,
      },
      items,
      documents,
      ...(r.chance(0.85)
        ? {
            payment: {
              method: individualConsignee
                ? 'CARD'
                : r.weighted<'TRANSFER' | 'CREDIT'>([
                    ['TRANSFER', 72],
                    ['CREDIT', 28],
                  ]),
            },
          }
        : {}),
    };
    return { declaration, hardNegatives };
  }

  private pickPartner(admin: string, avoid: readonly string[]): string {
    const allowed = TRADING_COUNTRIES.filter(
      (c) => c.code !== admin && !avoid.includes(c.code) && (this.options.partnerAllowed?.(c.code) ?? true),
    );
    return this.random.weighted(allowed.map((c) => [c.code, c.partnerWeight] as const));
  }

  private pickMode(origin: string, destination: string): Mode {
    const r = this.random;
    if (neighbours(origin, destination))
      return r.weighted<Mode>([
        ['ROAD', 62],
        ['SEA', 10],
        ['AIR', 6],
        ['EXPRESS', 12],
        ['POSTAL', 4],
        ['RAIL', 6],
      ]);
    const eurasianRail =
      (origin === 'CN' && ['PL', 'DE', 'NL', 'CZ'].includes(destination)) ||
      (destination === 'CN' && ['PL', 'DE'].includes(origin));
    if (eurasianRail && r.chance(0.1)) return 'RAIL';
    const mode = r.weighted<Mode>([
      ['SEA', 58],
      ['AIR', 18],
      ['EXPRESS', 17],
      ['POSTAL', 7],
    ]);
    if (mode === 'SEA' && (!country(origin).seaport || !country(destination).seaport)) return 'AIR';
    return mode;
  }

  private pickHub(origin: string, destination: string): string | undefined {
    const a = country(origin).region;
    const b = country(destination).region;
    const asia = (x: string) => x === 'EAST_ASIA' || x === 'SE_ASIA' || x === 'SOUTH_ASIA';
    const europe = (x: string) => x === 'EU' || x === 'EUROPE';
    let hubs: string[];
    if (
      (asia(a) && (europe(b) || b === 'AFRICA' || b === 'MENA')) ||
      (asia(b) && (europe(a) || a === 'AFRICA'))
    )
      hubs = ['SG', 'MY', 'LK', 'EG', 'MA'];
    else if (
      (asia(a) && (b === 'NORTH_AMERICA' || b === 'LATAM')) ||
      (asia(b) && (a === 'NORTH_AMERICA' || a === 'LATAM'))
    )
      hubs = ['PA', 'KR', 'JP'];
    else if ((europe(a) && b === 'AFRICA') || (a === 'AFRICA' && europe(b))) hubs = ['ES', 'MA', 'BE'];
    else if ((asia(a) && b === 'GULF') || (a === 'GULF' && asia(b))) hubs = ['SG', 'LK', 'OM'];
    else return undefined;
    return this.random.pick(hubs.filter((h) => h !== origin && h !== destination));
  }

  private pickGoods(mode: Mode): OrdinaryGood[] {
    const r = this.random;
    const parcel = mode === 'EXPRESS' || mode === 'POSTAL';
    const pool = ORDINARY_GOODS.filter((g) =>
      parcel ? g.parcel === true : mode === 'AIR' ? g.bulk !== true : true,
    );
    const lines = parcel
      ? r.weighted<number>([
          [1, 75],
          [2, 20],
          [3, 5],
        ])
      : r.weighted<number>([
          [1, 55],
          [2, 20],
          [3, 12],
          [4, 8],
          [5, 5],
        ]);
    const first = r.weighted(pool.map((g) => [g, g.weight] as const));
    // A consignment usually holds related goods: further lines come from the same chapter when it has some.
    const related = pool.filter((g) => g !== first && g.hsCode.slice(0, 2) === first.hsCode.slice(0, 2));
    const goods = [first];
    for (let i = 1; i < lines; i += 1) {
      const from = related.length > 0 && r.chance(0.6) ? related : pool;
      goods.push(r.weighted(from.map((g) => [g, g.weight] as const)));
    }
    return goods;
  }

  private item(
    good: OrdinaryGood,
    line: number,
    origin: string,
    parcel: boolean,
    currency: string,
  ): DeclarationItem {
    const r = this.random;
    const [qMin, qMax] = good.quantity;
    const quantity = parcel
      ? Math.max(1, Math.round(r.between(1, Math.min(qMax, Math.max(qMin / 20, 40)))))
      : Math.round(r.between(qMin, qMax));
    const unitValue = r.between(good.unitValueUsd[0], good.unitValueUsd[1]);
    const rate = currency === 'EUR' ? 0.92 : currency === 'USD' ? 1 : (CURRENCY_PER_USD[currency] ?? 1);
    const netMassKg = round(
      good.unit === 'KGM' ? quantity : quantity * r.between(good.unitMassKg[0], good.unitMassKg[1]),
      2,
    );
    const grossMassKg = round(netMassKg * r.between(1.03, 1.15) + (parcel ? 0.2 : 0), 2);
    const perPackage = good.packageKind === 'PX' ? 800 : good.packageKind === 'BG' ? 50 : 20;
    // Hubs re-export goods made elsewhere: the goods' origin is then not the consignment's.
    const makers = ['CN', 'CN', 'IN', 'VN', 'KR', 'JP'].filter(
      (c) => this.options.partnerAllowed?.(c) ?? true,
    );
    const itemOrigin =
      ['AE', 'SG', 'HK', 'NL', 'BE', 'MY'].includes(origin) && r.chance(0.4) ? r.pick(makers) : origin;
    return {
      line,
      hsCode: good.hsCode.length === 6 && r.chance(0.35) ? `${good.hsCode}${r.pattern('##')}00` : good.hsCode,
      description: r.pick(good.descriptions),
      originCountry: itemOrigin,
      quantity,
      unit: good.unit,
      grossMassKg,
      netMassKg,
      value: { amount: round(quantity * unitValue * rate, 2), currency },
      packages: { count: Math.max(1, Math.ceil(grossMassKg / perPackage)), kind: good.packageKind },
    };
  }

  private trader(code: string): Party {
    const pool = this.traders.get(code) ?? [];
    this.traders.set(code, pool);
    // Regular traders come back: most consignments are from a country's 40 usual traders.
    if (pool.length >= 40 || (pool.length > 5 && this.random.chance(0.7))) {
      const index = Math.floor(pool.length * this.random.next() ** 2);
      return pool[index]!;
    }
    const c = country(code);
    const pools = NAMING_CULTURES[c.naming];
    let name = this.companyName(pools);
    while (this.options.isListedName?.(name)) name = this.companyName(pools);
    const party: Party = {
      name,
      ...(this.random.chance(0.75) ? { id: this.random.pattern(c.traderId) } : {}),
      kind: 'ORGANISATION',
      address: this.address(c),
    };
    pool.push(party);
    return party;
  }

  private companyName(pools: NamingPools): string {
    return this.random
      .pick(pools.companyPatterns)
      .replace('{family2}', this.random.pick(pools.family))
      .replace('{word2}', this.random.pick(pools.words))
      .replace('{family}', this.random.pick(pools.family))
      .replace('{word}', this.random.pick(pools.words))
      .replace('{place}', this.random.pick(pools.places))
      .replace('{line}', this.random.pick(pools.lines));
  }

  private person(c: TradingCountry): Party {
    const pools = NAMING_CULTURES[c.naming];
    return {
      name: `${this.random.pick(pools.given)} ${this.random.pick(pools.family)}`,
      kind: 'INDIVIDUAL',
      address: this.address(c),
    };
  }

  private address(c: TradingCountry): NonNullable<Party['address']> {
    const [city, postcode] = this.random.pick(c.cities);
    return {
      line: this.random.pattern(this.random.pick(c.streets)),
      city,
      postcode: this.random.pattern(postcode),
      country: c.code,
    };
  }

  private brokerName(admin: string): string {
    const pools = NAMING_CULTURES[country(admin).naming];
    const form: Record<string, string> = {
      DE: 'GmbH',
      NL: 'B.V.',
      BE: 'NV',
      FR: 'SAS',
      IT: 'S.r.l.',
      ES: 'S.L.',
      PL: 'Sp. z o.o.',
      TR: 'Ltd. Şti.',
      BR: 'Ltda.',
      MX: 'S.C.',
      JP: 'Co., Ltd.',
      KR: 'Co., Ltd.',
      IN: 'Pvt. Ltd.',
      AE: 'LLC',
      ZA: '(Pty) Ltd',
    };
    const word = this.random.pick(pools.words);
    return `${word} Customs ${this.random.pick(['Brokers', 'Clearing', 'Clearing & Forwarding', 'Services'])} ${form[admin] ?? 'Ltd'}`;
  }

  private carrier(mode: Mode, origin: string): Party {
    const r = this.random;
    switch (mode) {
      case 'SEA': {
        const c = r.pick(SEA_CARRIERS);
        return { name: c.name, id: c.id };
      }
      case 'AIR': {
        const c = r.pick(AIR_CARRIERS);
        return { name: c.name, id: c.id };
      }
      case 'EXPRESS': {
        const c = r.pick(EXPRESS_CARRIERS);
        return { name: c.name, id: c.id };
      }
      case 'POSTAL':
        return { name: `${origin} Post` };
      default: {
        const pools = NAMING_CULTURES[country(origin).naming];
        return {
          name: `${r.pick(pools.words)} ${mode === 'RAIL' ? 'Rail Logistics' : 'Transport'} ${r.pick(['Ltd', 'GmbH', 'LLC', 'S.A.'])}`,
        };
      }
    }
  }

  private transport(mode: Mode, origin: string): Declaration['transport'] {
    const r = this.random;
    switch (mode) {
      case 'SEA': {
        const c = r.pick(SEA_CARRIERS);
        const containers = Array.from(
          {
            length: r.weighted<number>([
              [1, 70],
              [2, 20],
              [3, 10],
            ]),
          },
          () => ({
            id: containerNumber(c.prefix, r.int(100000, 999999)),
            seals: [r.pattern('@@######')],
          }),
        );
        return {
          mode,
          meansId: imoNumber(r.int(930000, 989999)),
          meansName: `${c.vessel} ${r.pick(VESSEL_NAMES)}`,
          nationality: r.pick(c.flags),
          transportDocument: `${c.id.slice(5)}${r.pattern('#########')}`,
          containers,
        };
      }
      case 'AIR': {
        const c = r.pick(AIR_CARRIERS);
        return {
          mode,
          meansId: `${c.flight}${r.int(100, 9999)}`,
          transportDocument: airWaybillNumber(c.awb, r.int(1000000, 9999999)),
        };
      }
      case 'EXPRESS':
        return { mode, transportDocument: r.pattern('##########') };
      case 'POSTAL':
        return {
          mode,
          transportDocument: postalItemNumber(
            r.pick(['CP', 'RR', 'EE', 'LX']),
            r.int(10000000, 99999999),
            origin,
          ),
        };
      case 'RAIL':
        return { mode, transportDocument: r.pattern('CIM-#########') };
      default:
        return { mode, meansId: r.pattern('@@-###-@@'), transportDocument: r.pattern('CMR-########') };
    }
  }
}

/** Rough mid-2026 rates, enough to keep declared values plausible in the importer's currency. */
const CURRENCY_PER_USD: Readonly<Record<string, number>> = {
  GBP: 0.79,
  JPY: 150,
  KRW: 1350,
  INR: 84,
  TRY: 34,
  AED: 3.67,
  SAR: 3.75,
  BRL: 5.4,
  MXN: 18,
  NGN: 1500,
  ZAR: 18.5,
  KES: 130,
  GHS: 15,
  PLN: 4,
  CNY: 7.2,
  CHF: 0.88,
};
