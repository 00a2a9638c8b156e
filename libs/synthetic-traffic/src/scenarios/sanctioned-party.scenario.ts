import type { Party } from '@salw/contracts';
import {
  COUNTRIES,
  FICTIONAL_NATIONAL,
  FICTIONAL_UN,
  ORDINARY_COUNTRIES,
  countryProfile,
} from '../data/reference-data';
import { buildArmsShipment, labelledShipment } from './arms-shipment';
import { type ScenarioDefinition } from './scenario-kit';

const titleCase = (text: string) =>
  text.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (match) => match.toUpperCase());

/** How real declarations spell a listed name: case, a dropped or swapped letter in the rarest-looking word, a legal-form change. */
function nameVariants(name: string): string[] {
  const words = name.split(' ');
  const longest = words.reduce((best, word) => (word.length > best.length ? word : best));
  const at = words.indexOf(longest);
  const withWord = (replacement: string) =>
    words.map((word, index) => (index === at ? replacement : word)).join(' ');
  const dropped = `${longest.slice(0, -3)}${longest.slice(-2)}`;
  const swapped = `${longest.slice(0, 2)}${longest[3] ?? ''}${longest[2] ?? ''}${longest.slice(4)}`;
  const title = titleCase(name);
  return [
    title,
    titleCase(withWord(dropped)),
    withWord(swapped),
    title
      .replace(/\bCorporation\b/u, 'Corp.')
      .replace(/\bCompany\b/u, 'Co. Ltd')
      .replace(/\bServices\b/u, 'Services LLC'),
  ];
}

/** A party whose name is a variant of a (fictional) UN-listed or nationally listed person or entity. */
export const sanctionedPartyScenario: ScenarioDefinition = {
  name: 'listed-party-name-variant',
  indicator: 'SANCTIONED_PARTY',
  build(context, atMs) {
    const random = context.random;
    const source = random.pick(['un-entity', 'un-entity', 'un-individual', 'national'] as const);
    let name: string;
    let entryId: string;
    let listedCountry: string;
    let individual = false;
    if (source === 'un-entity') {
      const entity = random.pick(FICTIONAL_UN.entities);
      name = random.pick([
        ...nameVariants(entity.name),
        ...entity.aliases.map((alias) => nameVariants(alias)[0]!),
      ]);
      entryId = entity.ref;
      listedCountry = entity.iso;
    } else if (source === 'un-individual') {
      const person = random.pick(FICTIONAL_UN.individuals);
      const parts = [person.first, person.second, person.third, person.fourth].filter(
        (part): part is string => part !== undefined,
      );
      name = random.pick([
        titleCase(parts.join(' ')),
        `${parts[parts.length - 1]}, ${titleCase(parts.slice(0, -1).join(' '))}`,
        ...(person.originalScript ? [person.originalScript] : []),
        ...person.aliases.map(titleCase),
      ]);
      entryId = person.ref;
      listedCountry = person.iso;
      individual = true;
    } else {
      const entry = random.pick(
        FICTIONAL_NATIONAL.filter((candidate) => candidate.kind === 'PARTY' && !candidate.expiresOn),
      );
      name = random.pick(
        nameVariants(entry.name!)
          .slice(0, 2)
          .concat(entry.aliases ?? [])
          .concat([entry.name!.normalize('NFD').replace(/\p{M}/gu, '')]),
      );
      entryId = entry.entryId;
      listedCountry = entry.country ?? 'AE';
      individual = entry.name === 'Emeka Chukwudi Nwosu';
    }
    // Fronts of listed entities often trade from a third country; half the time the address says so.
    const ordinaryCodes = ORDINARY_COUNTRIES.map((country) => country.code);
    const hasProfile = COUNTRIES.some((country) => country.code === listedCountry);
    const addressCountry =
      hasProfile && (ordinaryCodes.includes(listedCountry) || random.chance(0.5))
        ? listedCountry
        : random.pick(['AE', 'MY', 'TR', 'KE']);
    const profile = countryProfile(addressCountry);
    const party: Party = {
      name,
      kind: individual ? 'INDIVIDUAL' : 'ORGANISATION',
      address: context.parties.address(profile),
    };
    const asConsignor = random.chance(0.35);
    const other = context.parties.company(
      random.pick(ordinaryCodes.filter((code) => code !== addressCountry)),
    );
    const consignor = asConsignor ? party : other;
    const consignee = asConsignor ? other : party;
    const goodsKind = random.pick(['ordinary', 'ordinary', 'disguised'] as const);
    const built = buildArmsShipment(context, atMs, {
      goods: goodsKind === 'disguised' ? { kind: 'disguised' } : { kind: 'ordinary' },
      consignor,
      consignee,
      origin: consignor.address!.country,
      destination: consignee.address!.country,
      mode: random.pick(['SEA', 'AIR'] as const),
    });
    return [
      labelledShipment(
        built,
        `${this.name}:${source}`,
        `${asConsignor ? 'consignor' : 'consignee'} '${name}' is a variant of listed ${entryId}`,
        { alsoExpected: ['SANCTIONED_PARTY'], evidence: { watchlistEntries: [entryId] } },
      ),
    ];
  },
};
