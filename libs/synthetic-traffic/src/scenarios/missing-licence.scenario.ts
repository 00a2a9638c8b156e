import { CONTROLLED_GOODS } from '../data/reference-data';
import { buildArmsShipment, labelledShipment, type LicenceState } from './arms-shipment';
import { illicitScenario, type ScenarioDefinition } from './scenario-kit';

const PROBLEMS: readonly (readonly [LicenceState, string])[] = [
  ['none', 'no licence or end-user certificate at all'],
  ['expired', 'the export licence expired before the declaration was lodged'],
  ['third-country', 'the only licence was issued by a country that is neither origin nor destination'],
  ['other-line', 'the licence covers line 2 only, not the controlled line 1'],
];

/** Correctly classified chapter 93 goods for a company, with a licence that is absent, expired, foreign or for another line. */
export const missingLicenceScenario: ScenarioDefinition = illicitScenario(
  'controlled-goods-licence-defect',
  'MISSING_LICENCE',
  (context, atMs, { origin, destination }, name) => {
    const random = context.random;
    const [licence, problem] = random.pick(PROBLEMS);
    const controlled = random.pick(CONTROLLED_GOODS.filter((goods) => goods.use !== 'military'));
    const built = buildArmsShipment(context, atMs, {
      goods: { kind: 'controlled', controlled },
      consignee: context.parties.company(destination, 'tools'),
      origin,
      destination,
      mode: random.pick(['SEA', 'AIR'] as const),
      licence,
      companionLine: licence === 'other-line',
    });
    return [
      labelledShipment(
        built,
        `${name}:${licence}`,
        `${controlled.key} (HS ${controlled.hsCode}) to a company in ${destination}: ${problem}`,
      ),
    ];
  },
);
