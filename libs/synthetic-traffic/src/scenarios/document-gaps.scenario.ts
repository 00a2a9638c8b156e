import { buildArmsShipment, labelledShipment } from './arms-shipment';
import { illicitScenario, type ScenarioDefinition } from './scenario-kit';

/** A commercial consignment of arms-like or controlled goods without invoice or packing list. */
export const documentGapsScenario: ScenarioDefinition = illicitScenario(
  'missing-commercial-documents',
  'DOCUMENT_GAPS',
  (context, atMs, { origin, destination }, name) => {
    const random = context.random;
    const variant = random.pick(['arms-like-no-invoice', 'licensed-no-packing-list'] as const);
    const built = buildArmsShipment(context, atMs, {
      goods: variant === 'arms-like-no-invoice' ? { kind: 'disguised' } : { kind: 'controlled' },
      consignee: context.parties.company(destination),
      origin,
      destination,
      mode: random.pick(['SEA', 'AIR'] as const),
      licence: 'valid',
      ...(variant === 'arms-like-no-invoice'
        ? { invoice: false, packingList: random.chance(0.5) }
        : { packingList: false }),
    });
    // Licensed goods missing only a packing list are a paperwork matter; arms-like goods with no invoice are not.
    return [
      labelledShipment(
        built,
        `${name}:${variant}`,
        variant === 'arms-like-no-invoice'
          ? 'arms-like goods without a commercial invoice'
          : 'licensed controlled goods without a packing list',
        { alert: variant === 'arms-like-no-invoice' },
      ),
    ];
  },
);
