import { buildArmsShipment, labelledShipment } from './arms-shipment';
import { illicitScenario, type ScenarioDefinition } from './scenario-kit';

/** Cash paid for arms-like goods or controlled goods without papers: the payment hides who paid. */
export const cashPaymentScenario: ScenarioDefinition = illicitScenario(
  'cash-for-arms-like-goods',
  'CASH_PAYMENT',
  (context, atMs, { origin, destination }, name) => {
    const random = context.random;
    const controlled = random.chance(0.4);
    const built = buildArmsShipment(context, atMs, {
      goods: controlled ? { kind: 'controlled' } : { kind: 'disguised' },
      consignee: random.chance(0.5)
        ? context.parties.person(destination)
        : context.parties.company(destination),
      origin,
      destination,
      mode: random.pick(['SEA', 'AIR'] as const),
      licence: controlled ? 'expired' : 'none',
      payment: 'CASH',
    });
    return [
      labelledShipment(
        built,
        name,
        controlled
          ? 'controlled goods with an expired licence, paid in cash'
          : 'arms-like goods outside chapter 93, paid in cash',
      ),
    ];
  },
);
