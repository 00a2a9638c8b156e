import armsJson from './arms.json';
import carriersJson from './carriers.json';
import countriesJson from './countries.json';
import goodsJson from './goods.json';
import watchlistsJson from './fictional-watchlists.json';

/** Typed views of the JSON data files; the files stay plain data that an analyst can edit. */

export type Range = readonly [number, number];

export interface CountryProfile {
  readonly code: string;
  readonly name: string;
  readonly adjective: string;
  readonly currency: string;
  readonly legalForms: readonly string[];
  readonly legalFormPrefix?: string;
  readonly idPattern: string;
  readonly houseNumberFirst: boolean;
  /** [city, postcode, UN/LOCODE of the port or airport serving it] */
  readonly cities: readonly (readonly [string, string, string])[];
  readonly streets: readonly string[];
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** false for countries used only by risky scenarios (embargoed, transit hubs) */
  readonly ordinary?: boolean;
}

/** What a line of goods costs and weighs, and how it is packed. */
export interface GoodsShape {
  readonly hsCode: string;
  readonly unit: string;
  readonly unitValueUsd: Range;
  readonly unitNetKg: Range;
  readonly quantity: Range;
  readonly perPackage: number;
  readonly packageKind: string;
}

export interface OrdinaryGoods extends GoodsShape {
  readonly key: string;
  readonly sector: string;
  readonly descriptions: readonly string[];
  readonly origins: readonly string[];
  readonly ambiguousTerm?: string;
  readonly coverPhrase?: string;
  /** Specific wording that still contains a word on cover-description lists (e.g. "steel pipes"). */
  readonly mayReadAsCover?: boolean;
}

export interface ControlledGoods extends GoodsShape {
  readonly key: string;
  readonly descriptions: readonly string[];
  readonly use: 'sporting' | 'law-enforcement' | 'military';
}

export interface DisguisedArms {
  readonly text: string;
  readonly language: string;
  readonly keywords: readonly string[];
  readonly hsCodes: readonly string[];
  readonly unitValueUsd: Range;
  readonly unitNetKg: Range;
  readonly quantity: Range;
  /** Small enough for a parcel. */
  readonly small: boolean;
  readonly coverPhrase?: string;
}

export interface LicensingAuthority {
  readonly authority: string;
  readonly pattern: string;
}

export interface ShippingLine {
  readonly name: string;
  readonly scac: string;
  readonly containerPrefixes: readonly string[];
  readonly vesselStems: readonly string[];
  readonly flags: readonly string[];
}

export interface Airline {
  readonly name: string;
  readonly iata: string;
  readonly awbPrefix: string;
}

export interface ExpressCarrier {
  readonly name: string;
  readonly waybillPattern: string;
  readonly id: string;
}

export interface RoadLane {
  readonly from: string;
  readonly to: string;
  readonly transit: readonly string[];
}

export interface UnEntityRecord {
  readonly ref: string;
  readonly dataId: number;
  readonly listType: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly listedOn: string;
  readonly address: { readonly street?: string; readonly city: string; readonly country: string };
  readonly iso: string;
  readonly comment: string;
}

export interface UnIndividualRecord {
  readonly ref: string;
  readonly dataId: number;
  readonly listType: string;
  readonly first: string;
  readonly second?: string;
  readonly third?: string;
  readonly fourth?: string;
  readonly originalScript?: string;
  readonly aliases: readonly string[];
  readonly listedOn: string;
  readonly dob: string;
  readonly nationality: string;
  readonly document?: { readonly type: string; readonly number: string; readonly country: string };
  readonly iso: string;
  readonly comment: string;
}

export interface NationalEntryRecord {
  readonly list: string;
  readonly entryId: string;
  readonly kind: 'PARTY' | 'CONTAINER' | 'VESSEL' | 'IDENTIFIER' | 'ADDRESS';
  readonly name?: string;
  readonly aliases?: readonly string[];
  readonly value?: string;
  readonly country?: string;
  readonly reason?: string;
  readonly points?: number;
  readonly listedOn?: string;
  readonly expiresOn?: string | null;
}

export const COUNTRIES: readonly CountryProfile[] = countriesJson.countries as unknown as CountryProfile[];
export const GOODS: readonly OrdinaryGoods[] = goodsJson.goods as unknown as OrdinaryGoods[];
export const CONTROLLED_GOODS: readonly ControlledGoods[] =
  armsJson.controlled as unknown as ControlledGoods[];
export const DISGUISED_ARMS: readonly DisguisedArms[] = armsJson.disguised as unknown as DisguisedArms[];
export const LICENSING_AUTHORITIES = armsJson.licensingAuthorities as unknown as Readonly<
  Record<string, LicensingAuthority>
>;
export const LAWFUL_LANES = armsJson.lawfulLanes as unknown as {
  readonly exporters: readonly string[];
  readonly importers: readonly string[];
  readonly dealerWords: readonly string[];
  readonly stateBodies: readonly string[];
};
export const SHIPPING_LINES: readonly ShippingLine[] =
  carriersJson.shippingLines as unknown as ShippingLine[];
export const LESSOR_PREFIXES: readonly string[] = carriersJson.lessorPrefixes;
export const AIRLINES: readonly Airline[] = carriersJson.airlines as unknown as Airline[];
export const EXPRESS_CARRIERS: readonly ExpressCarrier[] =
  carriersJson.express as unknown as ExpressCarrier[];
export const ROAD_LANES: readonly RoadLane[] = carriersJson.roadLanes as unknown as RoadLane[];
export const HAULIERS: readonly string[] = carriersJson.hauliers;
export const FICTIONAL_UN = watchlistsJson.un as unknown as {
  readonly dateGenerated: string;
  readonly entities: readonly UnEntityRecord[];
  readonly individuals: readonly UnIndividualRecord[];
};
export const FICTIONAL_NATIONAL: readonly NationalEntryRecord[] =
  watchlistsJson.national as unknown as NationalEntryRecord[];

/** Countries that ordinary traffic may use: none under a UN or EU arms embargo. */
export const ORDINARY_COUNTRIES: readonly CountryProfile[] = COUNTRIES.filter(
  (country) => country.ordinary !== false,
);

const byCode = new Map(COUNTRIES.map((country) => [country.code, country]));

export function countryProfile(code: string): CountryProfile {
  const profile = byCode.get(code);
  if (!profile) throw new RangeError(`no country profile for '${code}' in data/countries.json`);
  return profile;
}

/** Fixed conversion rates (units of currency per USD), close to late-2026 levels; realism, not accounting. */
export const USD_RATES: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 0.92,
  GBP: 0.79,
  JPY: 150,
  CHF: 0.88,
  CAD: 1.36,
  AUD: 1.52,
  NZD: 1.66,
  SEK: 10.5,
  PLN: 3.95,
  CZK: 23,
  TRY: 34,
  AED: 3.6725,
  SAR: 3.75,
  EGP: 48,
  MAD: 9.9,
  NGN: 1550,
  GHS: 15.5,
  KES: 129,
  TZS: 2650,
  ZAR: 18.2,
  XOF: 603,
  INR: 84,
  BDT: 120,
  THB: 35,
  MYR: 4.5,
  SGD: 1.34,
  IDR: 15800,
  KRW: 1380,
  TWD: 32,
  HKD: 7.8,
  MXN: 19.5,
  BRL: 5.6,
  CLP: 940,
};
