import { CONTROLLED_GOODS } from '../data/reference-data';
import { buildArmsShipment, labelledShipment } from './arms-shipment';
import { illicitScenario, type ScenarioDefinition } from './scenario-kit';

/**
 * Arms parts in the post or with an express integrator. Unlicensed parts under a harmless HS code
 * must alert; licensed spare parts to a registered dealer are worth a look but not an alert.
 */
export const postalExpressPartsScenario: ScenarioDefinition = illicitScenario(
  'arms-parts-by-post-or-express',
  'POSTAL_EXPRESS_PARTS',
  (context, atMs, { origin, destination }, name) => {
    const random = context.random;
    const licensed = random.chance(0.3);
    const mode = random.pick(['POSTAL', 'EXPRESS'] as const);
    const built = licensed
      ? buildArmsShipment(context, atMs, {
          goods: {
            kind: 'controlled',
            controlled: random.pick(
              CONTROLLED_GOODS.filter((goods) => ['pistol-parts', 'telescopic-sights'].includes(goods.key)),
            ),
          },
          consignee: context.parties.company(destination, 'tools'),
          origin,
          destination,
          mode,
          licence: 'valid',
        })
      : buildArmsShipment(context, atMs, {
          goods: { kind: 'disguised' },
          consignee: context.parties.company(destination, 'tools'),
          origin,
          destination,
          mode,
        });
    return [
      labelledShipment(
        built,
        `${name}:${licensed ? 'licensed-dealer' : 'undeclared-parts'}`,
        licensed
          ? `licensed spare parts by ${mode} to a dealer in ${destination}`
          : `arms parts under HS ${built.declaration.items[0]!.hsCode} by ${mode} to ${destination}`,
        { alert: !licensed },
      ),
    ];
  },
);
