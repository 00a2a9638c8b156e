import type { Address, Party } from '@salw/contracts';
import { countryProfile, type CountryProfile } from '../data/reference-data';
import type { SeededRandom } from '../random/seeded-random';

/**
 * Company names are built the way real ones are: from generic trade words, places, family names and
 * invented brand words. That is deliberate: the name matcher must cope with thousands of
 * "Global Trading LLC" and "Korea Shipping Company" that match nobody.
 */
const TRADE_WORDS = [
  'Trading',
  'Shipping',
  'Logistics',
  'Import & Export',
  'General Trading',
  'International',
  'Enterprises',
  'Industries',
  'Distribution',
  'Supplies',
  'Commercial',
  'Holdings',
];
const GENERIC_PREFIXES = [
  'Global',
  'International',
  'United',
  'General',
  'Universal',
  'Trans-Continental',
  'Pan-Asia',
  'Euro',
  'Atlantic',
  'Pacific',
  'Continental',
  'Allied',
];
const BRAND_WORDS = [
  'Sunrise',
  'Apex',
  'Atlas',
  'Delta',
  'Orion',
  'Summit',
  'Pioneer',
  'Northstar',
  'Crescent',
  'Silverline',
  'Lotus',
  'Phoenix',
  'Horizon',
  'Keystone',
  'Unity',
  'Blue Ocean',
  'Golden Bridge',
  'Green Valley',
  'Red Rock',
  'Oakridge',
  'Bright Star',
  'Everbright',
  'Seaview',
  'Highland',
  'Riverside',
];
const SECTOR_WORDS: Readonly<Record<string, readonly string[]>> = {
  electronics: ['Electronics', 'Digital', 'Tech'],
  textiles: ['Textiles', 'Garments', 'Apparel', 'Fabrics'],
  'auto-parts': ['Auto Parts', 'Motors', 'Automotive'],
  vehicles: ['Motors', 'Auto Traders', 'Car Exports'],
  machinery: ['Machinery', 'Engineering', 'Industrial Equipment'],
  tools: ['Tools', 'Hardware', 'Power Tools'],
  fasteners: ['Fasteners', 'Hardware', 'Metal Products'],
  furniture: ['Furniture', 'Interiors', 'Home Furnishings'],
  food: ['Foods', 'Agro', 'Provisions', 'Wines'],
  chemicals: ['Chemicals', 'Coatings', 'Paints'],
  packaging: ['Packaging', 'Plastics'],
  garden: ['Garden Products', 'Hardware'],
  leisure: ['Toys', 'Leisure', 'Play Equipment'],
  laboratory: ['Scientific', 'Lab Supplies'],
  office: ['Office Supplies', 'Imaging'],
  household: ['Home Products', 'Water Solutions'],
  printed: ['Publishing', 'Media', 'Press'],
  crafts: ['Crafts', 'Handicrafts'],
  metals: ['Steel', 'Metals', 'Pipes & Tubes'],
  building: ['Building Materials', 'Ceramics'],
  pharma: ['Pharmaceuticals', 'Healthcare'],
  personal: ['Removals', 'Relocations'],
};

export class PartyFactory {
  constructor(private readonly random: SeededRandom) {}

  /** A company in `countryCode`, optionally in a sector (a key of SECTOR_WORDS). */
  company(countryCode: string, sector?: string): Party {
    const country = countryProfile(countryCode);
    return {
      name: this.companyName(country, sector),
      id: this.random.pattern(country.idPattern),
      kind: 'ORGANISATION',
      address: this.address(country),
    };
  }

  companyName(country: CountryProfile, sector?: string): string {
    const random = this.random;
    const sectorWord = random.pick(SECTOR_WORDS[sector ?? ''] ?? TRADE_WORDS);
    const city = random.pick(country.cities)[0];
    const base = random.weighted<() => string>([
      [() => `${shortCountryName(country)} ${random.pick(TRADE_WORDS)}`, 2],
      [() => `${country.adjective} ${sectorWord}`, 1],
      [() => `${random.pick(GENERIC_PREFIXES)} ${random.pick(TRADE_WORDS)}`, 2],
      [() => `${random.pick(BRAND_WORDS)} ${sectorWord}`, 4],
      [() => `${random.pick(country.family)} & Sons ${sectorWord}`, 1],
      [() => `${random.pick(country.family)} ${sectorWord}`, 2],
      [
        () =>
          `${city} ${sectorWord} ${random.pick(['Trading', 'Distribution', 'Supplies'].filter((word) => !sectorWord.includes(word)))}`,
        2,
      ],
    ])();
    const form = random.pick(country.legalForms);
    return country.legalFormPrefix ? `${country.legalFormPrefix} ${base} ${form}` : `${base} ${form}`;
  }

  person(countryCode: string): Party {
    const country = countryProfile(countryCode);
    return {
      name: `${this.random.pick(country.given)} ${this.random.pick(country.family)}`,
      kind: 'INDIVIDUAL',
      address: this.address(country),
    };
  }

  address(country: CountryProfile): Address {
    const [city, postcode] = this.random.pick(country.cities);
    const street = this.random.pick(country.streets);
    const number = this.random.int(1, 240);
    const line = country.houseNumberFirst ? `${number} ${street}` : `${street} ${number}`;
    return postcode === ''
      ? { line, city, country: country.code }
      : { line, city, postcode, country: country.code };
  }

  /** The customs broker who lodges the declaration in the destination country. */
  declarant(countryCode: string): Party {
    const country = countryProfile(countryCode);
    const city = this.random.pick(country.cities)[0];
    const name = `${this.random.pick([city, this.random.pick(BRAND_WORDS)])} ${this.random.pick(['Customs Brokers', 'Clearing & Forwarding', 'Freight Services'])} ${this.random.pick(country.legalForms)}`;
    return { name, id: this.random.pattern(country.idPattern), kind: 'ORGANISATION' };
  }
}

/** "Republic of Korea" trades as "Korea", "United States" as "America"; most names are used as they are. */
export function shortCountryName(country: CountryProfile): string {
  const special: Readonly<Record<string, string>> = {
    KR: 'Korea',
    US: 'America',
    GB: 'British',
    AE: 'Emirates',
    VN: 'Vietnam',
    NL: 'Holland',
  };
  return special[country.code] ?? country.name;
}
