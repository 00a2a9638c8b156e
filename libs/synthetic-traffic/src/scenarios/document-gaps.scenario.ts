import { buildArmsShipment } from './arms-shipment';
import { ILLICIT_DESTINATIONS, ILLICIT_ORIGINS, labelled, type ScenarioDefinition } from './scenario-kit';

/** A commercial consignment of arms-like or controlled goods without invoice or packing list. */
export const documentGapsScenario: ScenarioDefinition = {
  name: 'missing-commercial-documents',
  indicator: 'DOCUMENT_GAPS',
  build(context, atMs) {
    const random = context.random;
    const origin = random.pick(ILLICIT_ORIGINS);
    const destination = random.pick(ILLICIT_DESTINATIONS.filter((code) => code !== origin));
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
      labelled(built.declaration, {
        risky: variant === 'arms-like-no-invoice',
        expectAlert: variant === 'arms-like-no-invoice',
        expected: built.expected,
        allowed: built.allowed,
        scenario: `${this.name}:${variant}`,
        note:
          variant === 'arms-like-no-invoice'
            ? 'arms-like goods without a commercial invoice'
            : 'licensed controlled goods without a packing list',
        evidence: built.evidence,
      }),
    ];
  },
};
