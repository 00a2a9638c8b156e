import type { Party } from '@salw/contracts';
import { countryProfile } from '../data/reference-data';
import { buildArmsShipment, labelledShipment } from './arms-shipment';
import { ILLICIT_DESTINATIONS, ILLICIT_ORIGINS, labelled, type ScenarioDefinition } from './scenario-kit';

/** Arms-like parts or controlled goods whose final consignee is a private person, or a forwarder in a free zone. */
export const individualConsigneeScenario: ScenarioDefinition = {
  name: 'arms-to-private-person-or-forwarder',
  indicator: 'INDIVIDUAL_CONSIGNEE',
  build(context, atMs) {
    const random = context.random;
    const origin = random.pick(ILLICIT_ORIGINS.filter((code) => code !== 'AE'));
    const variant = random.pick(['private-person-sea', 'private-person-air', 'free-zone-forwarder'] as const);
    if (variant === 'free-zone-forwarder') {
      const profile = countryProfile('AE');
      const forwarder: Party = {
        name: `${random.pick(['Falcon', 'Dune', 'Marina', 'Creekside'])} Freight Forwarding ${random.pick(['FZE', 'FZCO'])}`,
        id: random.pattern(profile.idPattern),
        kind: 'ORGANISATION',
        address: {
          line: `Warehouse ${random.int(1, 90)}, ${random.pick(['Jebel Ali Free Zone South', 'Jebel Ali Free Zone North', 'Hamriyah Free Zone'])}`,
          city: random.pick(['Dubai', 'Sharjah']),
          country: 'AE',
        },
      };
      const built = buildArmsShipment(context, atMs, {
        goods: { kind: 'controlled' },
        consignee: forwarder,
        origin,
        destination: 'AE',
        mode: 'AIR',
        licence: 'valid',
      });
      return [
        labelled(built.declaration, {
          // Licensed, so a documentary check of the end user rather than an alert.
          risky: true,
          expectAlert: false,
          expected: [...built.expected, 'INDIVIDUAL_CONSIGNEE'],
          allowed: built.allowed,
          scenario: `${this.name}:${variant}`,
          note: 'controlled goods with a licence, but the final consignee is a freight forwarder in a free zone, not an end user; the end user needs checking',
          evidence: built.evidence,
        }),
      ];
    }
    const destination = random.pick(ILLICIT_DESTINATIONS.filter((code) => code !== origin));
    const built = buildArmsShipment(context, atMs, {
      goods: random.chance(0.5) ? { kind: 'disguised' } : { kind: 'controlled' },
      consignee: context.parties.person(destination),
      origin,
      destination,
      mode: variant === 'private-person-sea' ? 'SEA' : 'AIR',
      licence: 'none',
    });
    return [
      labelledShipment(
        built,
        `${this.name}:${variant}`,
        `arms or arms-like parts consigned to a private person in ${destination}`,
      ),
    ];
  },
};
