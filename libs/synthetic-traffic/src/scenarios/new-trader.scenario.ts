import { buildArmsShipment } from './arms-shipment';
import { illicitScenario, labelled, type ScenarioDefinition } from './scenario-kit';

/**
 * A company never seen before receives controlled goods. With its paperwork in order that is a
 * reason to look at the licence, not an alert; with cash and missing commercial documents it is.
 */
export const newTraderScenario: ScenarioDefinition = illicitScenario(
  'first-time-trader-in-controlled-goods',
  'NEW_TRADER',
  (context, atMs, { origin, destination }, name) => {
    const random = context.random;
    const variant = random.pick(['licensed', 'cash-no-papers', 'arms-like'] as const);
    const built = buildArmsShipment(context, atMs, {
      goods: variant === 'arms-like' ? { kind: 'disguised' } : { kind: 'controlled' },
      consignee: context.freshCompany(destination, 'tools'),
      origin,
      destination,
      mode: random.pick(['SEA', 'AIR'] as const),
      licence: 'valid',
      ...(variant === 'cash-no-papers'
        ? { payment: 'CASH' as const, invoice: false, packingList: random.chance(0.5) }
        : {}),
    });
    return [
      labelled(built.declaration, {
        risky: variant !== 'licensed',
        expectAlert: variant !== 'licensed',
        expected: [...built.expected, 'NEW_TRADER'],
        scenario: `${name}:${variant}`,
        note: `first consignment of ${built.declaration.parties.consignee.name} (${destination}): ${variant === 'licensed' ? 'licensed controlled goods' : variant === 'arms-like' ? 'arms-like goods outside chapter 93' : 'controlled goods paid in cash without an invoice'}`,
        evidence: built.evidence,
      }),
    ];
  },
);
