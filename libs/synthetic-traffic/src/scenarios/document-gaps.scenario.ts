import { buildArmsShipment, labelledShipment } from './arms-shipment';
import { illicitLane, type ScenarioDefinition } from './scenario-kit';

/** A commercial consignment of arms-like or controlled goods without invoice or packing list. */
export const documentGapsScenario: ScenarioDefinition = {
  name: 'missing-commercial-documents',
  indicator: 'DOCUMENT_GAPS',
  build(context, atMs) {
    const random = context.random;
    const { origin, destination } = illicitLane(random);
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
        `${this.name}:${variant}`,
        variant === 'arms-like-no-invoice'
          ? 'arms-like goods without a commercial invoice'
          : 'licensed controlled goods without a packing list',
        { alert: variant === 'arms-like-no-invoice' },
      ),
    ];
  },
};
