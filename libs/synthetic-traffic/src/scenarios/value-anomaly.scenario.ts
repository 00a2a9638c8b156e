import { CONTROLLED_GOODS } from '../data/reference-data';
import { buildArmsShipment } from './arms-shipment';
import { ILLICIT_DESTINATIONS, ILLICIT_ORIGINS, labelled, type ScenarioDefinition } from './scenario-kit';

/** Values no trader would accept: 40 pistols at USD 10 each, or a rifle scope sent as a zero-value gift. */
export const valueAnomalyScenario: ScenarioDefinition = {
  name: 'implausible-declared-value',
  indicator: 'VALUE_ANOMALY',
  build(context, atMs) {
    const random = context.random;
    const origin = random.pick(ILLICIT_ORIGINS);
    const destination = random.pick(ILLICIT_DESTINATIONS.filter((code) => code !== origin));
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
        labelled(built.declaration, {
          risky: true,
          expectAlert: true,
          expected: [...built.expected, 'VALUE_ANOMALY'],
          allowed: built.allowed,
          scenario: `${this.name}:${variant}`,
          note: '40 pistols declared at USD 400 in total (USD 10 each), paid in cash; a real unit value is USD 380 or more',
          evidence: built.evidence,
        }),
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
      labelled(built.declaration, {
        risky: true,
        expectAlert: true,
        expected: [...built.expected, 'VALUE_ANOMALY', 'CONCEALMENT_DESCRIPTION'],
        allowed: built.allowed,
        scenario: `${this.name}:${variant}`,
        note: `${gift.key} posted to a private person as a zero-value gift, without a licence`,
        evidence: { ...built.evidence, coverPhrase: 'gift' },
      }),
    ];
  },
};
