import { buildArmsShipment, labelledShipment } from './arms-shipment';
import { ILLICIT_ORIGINS, type ScenarioDefinition } from './scenario-kit';

/**
 * Routes that make no commercial sense for the lane: doubling back through a country already
 * passed, or hopping through several distant hubs for a short trip. Diverted arms take such
 * routes to break the paper trail.
 */
export const riskyRoutingScenario: ScenarioDefinition = {
  name: 'route-without-commercial-sense',
  indicator: 'RISKY_ROUTING',
  build(context, atMs) {
    const random = context.random;
    const origin = random.pick(ILLICIT_ORIGINS.filter((code) => code !== 'AE' && code !== 'TR'));
    const destination = random.pick(['NG', 'GH', 'KE', 'CI', 'SN']);
    const shape = random.pick(['doubling-back', 'hub-hopping'] as const);
    const transit =
      shape === 'doubling-back'
        ? ['AE', random.pick(['PK', 'IN', 'OM']), 'AE', 'TG']
        : [random.pick(['PA', 'BR']), 'AE', random.pick(['MY', 'SG']), 'TG'];
    const goodsKind = random.pick(['controlled', 'disguised'] as const);
    const built = buildArmsShipment(context, atMs, {
      goods: goodsKind === 'controlled' ? { kind: 'controlled' } : { kind: 'disguised' },
      consignee: context.parties.company(destination),
      origin,
      destination,
      transit,
      mode: 'SEA',
      licence: 'valid',
    });
    // Licensed controlled goods on an odd route are worth a look, not an alert; arms-like goods hidden outside chapter 93 are.
    return [
      labelledShipment(
        built,
        `${this.name}:${shape}`,
        `${goodsKind} goods from ${origin} to ${destination} via ${transit.join(' > ')}`,
        { alert: goodsKind === 'disguised', risky: true, alsoExpected: ['RISKY_ROUTING'] },
      ),
    ];
  },
};
