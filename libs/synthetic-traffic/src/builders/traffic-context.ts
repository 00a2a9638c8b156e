import type { DeclarationDocument, Party } from '@salw/contracts';
import {
  LICENSING_AUTHORITIES,
  countryProfile,
  type ControlledGoods,
  type DisguisedArms,
  type OrdinaryGoods,
} from '../data/reference-data';
import { SeededRandom } from '../random/seeded-random';
import { PartyFactory } from './party.factory';
import { ShipmentBuilder, type LineSpec } from './shipment.builder';

const DAY_MS = 86_400_000;
/** Brand stems for first-time traders; none is used by ordinary company names, so they do not collide. */
const FRESH_BRANDS = [
  'Novak',
  'Zenith',
  'Kestrel',
  'Marlin',
  'Quarry',
  'Vantor',
  'Ironwood',
  'Talon',
  'Ridgeback',
  'Corvid',
  'Basalt',
  'Osprey',
];

/** Everything a scenario needs to tell its story: randomness, parties, shipments, documents. */
export class TrafficContext {
  readonly parties: PartyFactory;
  readonly shipments: ShipmentBuilder;

  constructor(
    readonly random: SeededRandom,
    idTag: string,
  ) {
    this.parties = new PartyFactory(random);
    this.shipments = new ShipmentBuilder(random, idTag);
  }

  ordinaryLine(goods: OrdinaryGoods, description = this.random.pick(goods.descriptions)): LineSpec {
    return { ...goods, description, originCountry: this.random.pick(goods.origins) };
  }

  controlledLine(
    goods: ControlledGoods,
    originCountry: string,
    quantity: readonly [number, number] = goods.quantity,
  ): LineSpec {
    return { ...goods, description: this.random.pick(goods.descriptions), originCountry, quantity };
  }

  disguisedLine(arms: DisguisedArms, originCountry: string, parcel = false): LineSpec {
    const quantity: readonly [number, number] = parcel
      ? [Math.max(1, Math.floor(arms.quantity[0] / 4)), Math.max(2, Math.floor(arms.quantity[0] / 2) + 2)]
      : arms.quantity;
    return {
      hsCode: this.random.pick(arms.hsCodes),
      description: arms.text,
      originCountry,
      unit: 'NAR',
      unitValueUsd: arms.unitValueUsd,
      unitNetKg: arms.unitNetKg,
      quantity,
      perPackage: parcel ? 1000 : 50,
      packageKind: parcel ? 'PK' : 'CT',
    };
  }

  /** An export licence from the exporting country's authority, valid well past `atMs`. */
  exportLicence(
    issuer: string,
    atMs: number,
    lines?: readonly number[],
    validUntilMs = atMs + this.random.int(90, 500) * DAY_MS,
  ): DeclarationDocument {
    const authority = LICENSING_AUTHORITIES[issuer];
    const reference = authority
      ? this.random.pattern(authority.pattern)
      : this.random.pattern(`${issuer}-EXP-2026-#####`);
    return {
      type: 'EXPORT_LICENCE',
      reference,
      issuer,
      validUntil: isoDate(validUntilMs),
      ...(lines ? { lines: [...lines] } : {}),
    };
  }

  endUserCertificate(issuer: string, atMs: number, lines?: readonly number[]): DeclarationDocument {
    return {
      type: 'END_USER_CERTIFICATE',
      reference: this.random.pattern(`EUC-${issuer}-2026-####`),
      issuer,
      validUntil: isoDate(atMs + this.random.int(120, 400) * DAY_MS),
      ...(lines ? { lines: [...lines] } : {}),
    };
  }

  importLicence(issuer: string, atMs: number): DeclarationDocument {
    return {
      type: 'IMPORT_LICENCE',
      reference: this.random.pattern(`${issuer}-IMP-2026-######`),
      issuer,
      validUntil: isoDate(atMs + this.random.int(60, 365) * DAY_MS),
    };
  }

  /** A company that has never traded before, with a name unlikely to collide with any other. */
  freshCompany(countryCode: string, sector?: string): Party {
    const company = this.parties.company(countryCode, sector);
    const country = countryProfile(countryCode);
    const brand = `${this.random.pick(FRESH_BRANDS)}${this.random.pick(['', 'tek', 'ex', 'ora', 'ix'])}`;
    const base = `${brand} ${this.random.pick(['Precision', 'Outdoor', 'Industrial', 'Components', 'Technical', 'Supply'])}`;
    const name = country.legalFormPrefix
      ? `${country.legalFormPrefix} ${base}`
      : `${base} ${this.random.pick(country.legalForms)}`;
    return { ...company, name };
  }
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const HOUR_MS = 3_600_000;
export { DAY_MS };
