import type { TrafficContext } from '../builders/traffic-context';
import { DISGUISED_ARMS, type DisguisedArms } from '../data/reference-data';
import type { LabelledDeclaration } from '../model/traffic-label';
import { buildArmsShipment, labelledShipment } from './arms-shipment';
import { illicitLane, type ScenarioDefinition } from './scenario-kit';

/** Firearms, parts or ammunition named in the description (in one of several languages) but classified outside chapter 93. */
export const armsKeywordMismatchScenario: ScenarioDefinition = {
  name: 'arms-described-outside-chapter-93',
  indicator: 'ARMS_KEYWORD_MISMATCH',
  build(context, atMs) {
    return [buildArmsKeywordCase(context, atMs, context.random.pick(DISGUISED_ARMS))];
  },
};

/** One mismatch case for a given description, so an evaluation set can cover every language and wording. */
export function buildArmsKeywordCase(
  context: TrafficContext,
  atMs: number,
  arms: DisguisedArms,
): LabelledDeclaration {
  const random = context.random;
  const { origin, destination } = illicitLane(random);
  const built = buildArmsShipment(context, atMs, {
    goods: { kind: 'disguised', arms },
    consignee: context.parties.company(destination, 'machinery'),
    origin,
    destination,
    mode: random.pick(['SEA', 'SEA', 'AIR'] as const),
    companionLine: random.chance(0.5),
  });
  return labelledShipment(
    built,
    'arms-described-outside-chapter-93',
    `'${arms.text}' (${arms.language}) declared under HS ${built.declaration.items[0]!.hsCode}`,
  );
}
