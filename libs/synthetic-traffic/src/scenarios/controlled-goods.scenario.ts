import { CONTROLLED_GOODS } from '../data/reference-data';
import { buildArmsShipment } from './arms-shipment';
import { ILLICIT_DESTINATIONS, ILLICIT_ORIGINS, labelled, type ScenarioDefinition } from './scenario-kit';

/** Chapter 93 goods declared correctly but sent to a private person with no licence at all. */
export const controlledGoodsScenario: ScenarioDefinition = {
  name: 'controlled-goods-to-individual-unlicensed',
  indicator: 'CONTROLLED_GOODS',
  build(context, atMs) {
    const random = context.random;
    const origin = random.pick(ILLICIT_ORIGINS);
    const destination = random.pick(ILLICIT_DESTINATIONS.filter((code) => code !== origin));
    const controlled = random.pick(CONTROLLED_GOODS.filter((goods) => goods.use !== 'military'));
    const mode = random.pick(['AIR', 'EXPRESS', 'SEA'] as const);
    const built = buildArmsShipment(context, atMs, {
      goods: { kind: 'controlled', controlled },
      consignee: context.parties.person(destination),
      origin,
      destination,
      mode,
      licence: 'none',
    });
    return [
      labelled(built.declaration, {
        risky: true,
        expectAlert: true,
        expected: built.expected,
        allowed: built.allowed,
        scenario: this.name,
        note: `${controlled.key} (HS ${controlled.hsCode}) by ${mode} to a private person in ${destination}, no export licence, no import licence`,
        evidence: built.evidence,
      }),
    ];
  },
};
