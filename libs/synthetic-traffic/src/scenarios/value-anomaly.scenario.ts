import { CONTROLLED_GOODS } from '../data/reference-data';
import { buildArmsShipment, labelledShipment } from './arms-shipment';
import { illicitScenario, type ScenarioDefinition } from './scenario-kit';

/** Values no trader would accept: 40 pistols at USD 10 each, or a rifle scope sent as a zero-value gift. */
export const valueAnomalyScenario: ScenarioDefinition = illicitScenario(
  'implausible-declared-value',
  'VALUE_ANOMALY',
  (context, atMs, { origin, destination }, name) => {
    const random = context.random;
    const variant = random.pick(['pistols-at-ten-dollars', 'zero-value-gift'] as const);
    if (variant === 'pistols-at-ten-dollars') {
      const pistols = CONTROLLED_GOODS.find((goods) => goods.key === 'pistols')!;
      const built = buildArmsShipment(context, atMs, {
        goods: { kind: 'controlled', controlled: { ...pistols, quantity: [40, 40] } },
        consignee: context.parties.company(destination, 'tools'),
        origin,
        destination,
        mode: 'AIR',
        licence: 'valid',
        payment: 'CASH',
      });
      const line = built.declaration.items[0]!;
      line.value = { amount: 400, currency: 'USD' };
      return [
        labelledShipment(
          built,
          `${name}:${variant}`,
          '40 pistols declared at USD 400 in total (USD 10 each), paid in cash; a real unit value is USD 380 or more',
          { alsoExpected: ['VALUE_ANOMALY'] },
        ),
      ];
    }
    const giftKey = random.pick(['telescopic-sights', 'rifle-barrels', 'pistol-parts']);
    const gift = CONTROLLED_GOODS.find((goods) => goods.key === giftKey)!;
    const built = buildArmsShipment(context, atMs, {
      goods: { kind: 'controlled', controlled: gift },
      consignee: context.parties.person(destination),
      origin,
      destination,
      mode: 'POSTAL',
      licence: 'none',
      payment: 'OTHER',
    });
    const line = built.declaration.items[0]!;
    line.description = `Gift: ${line.description}`;
    line.value = { amount: 0, currency: 'USD' };
    // One item in the parcel: its masses follow from the goods' usual unit mass.
    line.quantity = 1;
    line.netMassKg = gift.unitNetKg[1];
    line.grossMassKg = Math.round((gift.unitNetKg[1] + 0.35) * 100) / 100;
    return [
      labelledShipment(
        built,
        `${name}:${variant}`,
        `${gift.key} posted to a private person as a zero-value gift, without a licence`,
        { alsoExpected: ['VALUE_ANOMALY', 'CONCEALMENT_DESCRIPTION'], evidence: { coverPhrase: 'gift' } },
      ),
    ];
  },
);
