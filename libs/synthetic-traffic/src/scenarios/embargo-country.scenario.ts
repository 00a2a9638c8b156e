import { CONTROLLED_GOODS, GOODS, countryProfile } from '../data/reference-data';
import { buildArmsShipment, type BuiltArmsShipment, labelledShipment } from './arms-shipment';
import { FULL_EMBARGO, ILLICIT_ORIGINS, LIMITED_EMBARGO, type ScenarioDefinition } from './scenario-kit';

/**
 * Arms or arms-like goods touching a UN-embargoed country: as destination, as a transit stop, or as
 * a party's address; and goods of any kind out of the DPRK, whose sanctions reach far beyond arms.
 */
export const embargoCountryScenario: ScenarioDefinition = {
  name: 'embargoed-country',
  indicator: 'EMBARGO_COUNTRY',
  build(context, atMs) {
    const random = context.random;
    const variant = random.pick([
      'controlled-to-limited',
      'disguised-via-transit',
      'disguised-to-full',
      'dprk-origin',
    ] as const);
    const origin = random.pick(ILLICIT_ORIGINS);
    let built: BuiltArmsShipment;
    let note: string;
    switch (variant) {
      case 'controlled-to-limited': {
        const destination = random.pick(LIMITED_EMBARGO);
        const controlled = random.pick(CONTROLLED_GOODS);
        built = buildArmsShipment(context, atMs, {
          goods: { kind: 'controlled', controlled },
          consignee: context.parties.company(destination),
          origin,
          destination,
          mode: random.pick(['SEA', 'AIR'] as const),
          licence: 'valid',
        });
        note = `licensed ${controlled.key} to ${countryProfile(destination).name}, under a UN arms embargo limited to non-state actors; the exemption must be verified`;
        break;
      }
      case 'disguised-via-transit': {
        const destination = random.pick(['KE', 'NG', 'CI', 'SN']);
        const transit = [random.pick(['AE', 'EG', 'TR']), random.pick(['SD', 'LY', 'YE', 'SO'])];
        built = buildArmsShipment(context, atMs, {
          goods: { kind: 'disguised' },
          consignee: context.parties.company(destination),
          origin,
          destination,
          transit,
          mode: 'SEA',
        });
        note = `arms-like goods routed through ${transit.join(', ')} on the way to ${destination}`;
        break;
      }
      case 'disguised-to-full': {
        const destination = random.pick(FULL_EMBARGO.filter((code) => code !== 'KP'));
        built = buildArmsShipment(context, atMs, {
          goods: { kind: 'disguised' },
          consignee: context.parties.company(destination),
          origin,
          destination,
          transit: [random.pick(['TR', 'EG', 'MT'])],
          mode: 'SEA',
        });
        note = `arms-like goods to ${countryProfile(destination).name}, under a full UN arms embargo`;
        break;
      }
      case 'dprk-origin': {
        const destination = random.pick(['MY', 'AE', 'KE', 'EG']);
        const ordinary = random.pick(
          GOODS.filter((goods) =>
            ['industrial-machine-parts', 'steel-coils', 'hand-tools', 'cnc-parts'].includes(goods.key),
          ),
        );
        built = buildArmsShipment(context, atMs, {
          goods: { kind: 'ordinary', ordinary },
          consignor: context.parties.company('KP'),
          consignee: context.parties.company(destination),
          origin: 'KP',
          destination,
          mode: 'SEA',
        });
        // Machinery, metals and tools fall under the DPRK's sectoral UN measures beyond the arms embargo.
        built = { ...built, expected: [...built.expected, 'EMBARGO_COUNTRY'] };
        note = `${ordinary.key} shipped from the DPRK, whose sectoral UN sanctions cover these goods; an officer must see it`;
        break;
      }
    }
    return [labelledShipment(built, `${this.name}:${variant}`, note)];
  },
};
