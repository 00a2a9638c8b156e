import type { Party } from '@salw/contracts';
import { countryProfile } from '../data/reference-data';
import type { TrafficContext } from '../builders/traffic-context';
import type { LabelledDeclaration } from '../model/traffic-label';
import { buildOrdinaryShipment } from './ordinary-shipment.builder';

/**
 * Traders whose names share the generic words of a listed name but none of its distinctive ones
 * ("Korea Maritime Trading" vs "KORYO SONGNAM MARITIME TRADING CORPORATION"). A matcher that lets
 * generic words carry a match raises false SANCTIONED_PARTY hits here.
 */
export const GENERIC_LOOKALIKES: readonly {
  readonly name: string;
  readonly country: string;
  readonly resembles: string;
  readonly individual?: boolean;
}[] = [
  {
    name: 'Korea Maritime Trading Co., Ltd.',
    country: 'KR',
    resembles: 'KPe.901 KORYO SONGNAM MARITIME TRADING CORPORATION',
  },
  { name: 'Korea Shipping Company', country: 'KR', resembles: 'KPe.901 alias SONGNAM SHIPPING COMPANY' },
  {
    name: 'Precision Machinery Corporation',
    country: 'TW',
    resembles: 'KPe.902 TAEDONG PRECISION MACHINERY GENERAL CORPORATION',
  },
  {
    name: 'General Machinery Corporation',
    country: 'JP',
    resembles: 'KPe.902 TAEDONG PRECISION MACHINERY GENERAL CORPORATION',
  },
  { name: 'Marine Services LLC', country: 'AE', resembles: 'LYe.901 AL-BURAQ MARINE SERVICES' },
  { name: 'Crescent Logistics Ltd', country: 'KE', resembles: 'SOe.901 HORN CRESCENT LOGISTICS' },
  { name: 'General Trading FZE', country: 'AE', resembles: 'NAT-0001 Gulf Meridian General Trading FZE' },
  {
    name: 'Highlands Minerals and Transport Ltd',
    country: 'ZA',
    resembles: 'CDe.901 KIVU HIGHLANDS MINERALS AND TRANSPORT SPRL',
  },
  { name: 'River Transit SARL', country: 'CI', resembles: 'CFe.901 OUBANGUI RIVER TRANSIT SARL' },
  { name: 'Aviation Services Ltd', country: 'KE', resembles: 'SSe.901 NILE SUDD AVIATION SERVICES' },
  { name: 'Coastal Import Company', country: 'SA', resembles: 'YEe.901 TIHAMA COASTAL IMPORT COMPANY' },
  {
    name: 'Charitable Relief Foundation',
    country: 'GB',
    resembles: 'QDe.901 AL-NUR CHARITABLE RELIEF FOUNDATION',
  },
  { name: 'Port Supply SA', country: 'FR', resembles: 'HTe.901 ARTIBONITE PORT SUPPLY SA' },
  {
    name: 'Route Transport Company',
    country: 'EG',
    resembles: 'SDe.901 DARFUR GOLDEN ROUTE TRANSPORT COMPANY',
  },
  { name: 'Allied Ventures Ltd', country: 'GH', resembles: 'NAT-0002 Kano Allied Ventures Ltd' },
  { name: 'Pacific Supply LLC', country: 'US', resembles: 'NAT-0003 Pacific Rim Tactical Supply LLC' },
  { name: 'Global Trading LLC', country: 'US', resembles: 'every trading company' },
  { name: 'Transit Express SARL', country: 'SN', resembles: 'NAT-0005 Lomé Transit Express SARL' },
  { name: 'Ahmed Yahya', country: 'EG', resembles: 'YEi.901 ABDULMALIK YAHYA AL-HAMDANI', individual: true },
  { name: 'Marie Jean-Baptiste', country: 'CA', resembles: 'HTi.901 WILNER JEAN-BAPTISTE', individual: true },
  {
    name: 'Hassan Farah',
    country: 'KE',
    resembles: 'SOi.901 HASSAN ABDIRAHMAN FARAH WARSAME',
    individual: true,
  },
  { name: 'Kim Myong', country: 'KR', resembles: 'KPi.901 PAK MYONG HO', individual: true },
];

export function buildGenericNameParty(
  context: TrafficContext,
  atMs: number,
  index: number,
): LabelledDeclaration {
  const lookalike = GENERIC_LOOKALIKES[index % GENERIC_LOOKALIKES.length]!;
  const profile = countryProfile(lookalike.country);
  const party: Party = {
    name: lookalike.name,
    ...(lookalike.individual ? {} : { id: context.random.pattern(profile.idPattern) }),
    kind: lookalike.individual ? 'INDIVIDUAL' : 'ORGANISATION',
    address: context.parties.address(profile),
  };
  const asConsignor = !lookalike.individual && context.random.chance(0.4);
  return buildOrdinaryShipment(context, atMs, {
    ...(asConsignor ? { consignor: party } : { consignee: party }),
    toIndividual: lookalike.individual ?? false,
    scenario: 'generic-name-party',
    note: `${asConsignor ? 'consignor' : 'consignee'} '${lookalike.name}' shares only generic words with ${lookalike.resembles}; not a match`,
  });
}
