import { CONTROLLED_GOODS } from '../data/reference-data';
import { buildArmsShipment, labelledShipment } from './arms-shipment';
import { illicitScenario, type ScenarioDefinition } from './scenario-kit';

/** Chapter 93 goods declared correctly but sent to a private person with no licence at all. */
export const controlledGoodsScenario: ScenarioDefinition = illicitScenario(
  'controlled-goods-to-individual-unlicensed',
  'CONTROLLED_GOODS',
  (context, atMs, { origin, destination }, name) => {
    const random = context.random;
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
      labelledShipment(
        built,
        name,
        `${controlled.key} (HS ${controlled.hsCode}) by ${mode} to a private person in ${destination}, no export licence, no import licence`,
      ),
    ];
  },
);
