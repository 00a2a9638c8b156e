/**
 * Names of the kind that fill real import/export declarations and are made only of place,
 * trade and marketing words. None names a listed party; any strong match against a sanctions
 * list is a false positive caused by generic words.
 */
const WRITTEN_BY_HAND: readonly string[] = [
  'Korea Shipping Company',
  'Global Trading LLC',
  'Asia Pacific General Trading Co',
  'Ocean Star Logistics',
  'Golden Dragon Import Export Co., Ltd',
  'Gulf International Trading FZE',
  'United Industrial Development Corp',
  'Euro Asia Freight Services GmbH',
  'Sun Shipping & Logistics Pte Ltd',
  'Royal Marine Services LLC',
  'China National Machinery Import & Export Corporation',
  'Dubai General Trading LLC',
  'Middle East Oil & Gas Equipment Supply',
  'Pacific Ocean Marine Co Ltd',
  'First Global Holdings Plc',
  'New World Technology Solutions Inc',
  'Asia Logistics Group JSC',
  'International Trade & Development Bank',
  'Korea Trading & Industrial Company',
  'Eastern Star Shipping Lines',
  'Western Cargo Express SARL',
  'National Petroleum Services Company',
  'Arabian Gulf Steel Industries',
  'Trans Global Forwarding Agency',
  // Country and nationality words, next to UN entries such as AL-HARAMAYN FOUNDATION (KENYA).
  'Kenya Shipping Ltd',
  'Tanzania General Trading Ltd',
  'Tanzanian General Trading Ltd',
  'Ethiopia Trading Company',
  'Albania Logistics Sh.p.k.',
  'Netherlands Trading BV',
  'Bangladesh Export Import Company',
  'Iraq Trading Company',
  'Yemen General Trading Co',
  'Egyptian Trading Company',
  'Grand Pacific Investment Holdings Ltd',
  'Great Wall Machinery Trading Co',
  'Silver Star Electronics Trading',
  'Blue Ocean Fisheries Company',
  'Green Energy Technology Group',
  'Royal Gulf Shipping Agency',
  'Golden Eagle General Trading',
  'Universal Import Export Enterprises',
  'Phoenix Global Logistics Solutions',
  'Diamond Star Trading Company Limited',
  'Asia Pacific Shipping Agencies Pvt Ltd',
  'Continental Freight Forwarders BV',
  'Overseas Trading Corporation',
  'South China Sea Marine Services',
  'North Star Industrial Supplies',
  'Central Asia Trading House',
  // A country or nationality word next to a trade word: "German" is one letter from the UN alias "Qerman".
  'German Machinery AG',
  'French Trading SARL',
  'British Marine Supplies Ltd',
  'Italian Food Import SRL',
  'Swiss Precision Tools AG',
  'Dutch Flower Export BV',
];

const PLACES: readonly string[] = [
  'Korea',
  'Global',
  'Asia Pacific',
  'Gulf',
  'Euro Asia',
  'Middle East',
  'China',
  'Oriental',
  'United',
  'International',
  'Trans Pacific',
  'Golden Star',
  'Ocean',
  'Eastern',
  'Western',
  'Royal',
  'New World',
  'Sun',
  'Red Sea',
  'Atlantic',
  'Continental',
  'Grand',
  'Pacific',
  'Universal',
];

const TRADES: readonly string[] = [
  'Trading',
  'General Trading',
  'Shipping',
  'Logistics',
  'Import Export',
  'Industrial Development',
  'Holding Group',
  'Marine Services',
  'Technology',
  'Freight Forwarding',
];

const LEGAL_FORMS: readonly string[] = [
  'Co., Ltd',
  'LLC',
  'Company',
  'Corp.',
  'FZE',
  'GmbH',
  'Pte Ltd',
  'S.A.',
  'Limited',
  'Inc.',
];

/** The hand-written names followed by every place x trade combination, each with a legal form. */
export function genericTradeNames(): string[] {
  const combined: string[] = [];
  PLACES.forEach((place, p) => {
    TRADES.forEach((trade, t) => {
      combined.push(`${place} ${trade} ${LEGAL_FORMS[(p + t) % LEGAL_FORMS.length]}`);
    });
  });
  return [...new Set([...WRITTEN_BY_HAND, ...combined])];
}
