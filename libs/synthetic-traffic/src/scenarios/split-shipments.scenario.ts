import { DISGUISED_ARMS } from '../data/reference-data';
import type { LabelledDeclaration } from '../model/traffic-label';
import { buildArmsShipment } from './arms-shipment';
import { ILLICIT_DESTINATIONS, labelled, type ScenarioDefinition } from './scenario-kit';

/** How many earlier consignments in the window make the next one a split: the third of a series is unambiguous. */
const SPLIT_FROM = 3;

/**
 * Several parcels of arms-like parts to the same person within hours, from different senders,
 * each small enough to look like a hobby purchase (the CBP "10 shipments in 24 h" pattern).
 */
export const splitShipmentsScenario: ScenarioDefinition = {
  name: 'split-shipments-to-one-consignee',
  indicator: 'SPLIT_SHIPMENTS',
  build(context, atMs) {
    const random = context.random;
    const destination = random.pick(ILLICIT_DESTINATIONS);
    const consignee = context.parties.person(destination);
    const origin = random.pick(['US', 'TR', 'DE', 'CZ']);
    const count = random.int(4, 6);
    const seriesId = `split-${consignee.name.replace(/\W+/gu, '-').toLowerCase()}-${atMs}`;
    const parts = DISGUISED_ARMS.filter((arms) => arms.small && arms.language === 'en');
    const series: LabelledDeclaration[] = [];
    let at = atMs;
    for (let i = 1; i <= count; i += 1) {
      const built = buildArmsShipment(context, at, {
        goods: { kind: 'disguised', arms: random.pick(parts) },
        consignor: context.parties.company(origin, 'tools'),
        consignee,
        origin,
        destination,
        mode: random.pick(['EXPRESS', 'POSTAL'] as const),
      });
      const expected = [...built.expected, ...(i >= SPLIT_FROM ? (['SPLIT_SHIPMENTS'] as const) : [])];
      series.push(
        labelled(built.declaration, {
          risky: true,
          expectAlert: true,
          expected,
          // Every parcel has a new sender, so NEW_TRADER may fire on each; the second parcel may already count as a split.
          allowed: i === 2 ? [...built.allowed, 'SPLIT_SHIPMENTS'] : built.allowed,
          scenario: this.name,
          note: `parcel ${i} of ${count} of arms-like parts to ${consignee.name}, all within ten hours`,
          evidence: { ...built.evidence, seriesId },
        }),
      );
      // 15 to 110 minutes apart: at most six parcels stay inside any 24-hour window.
      at += random.int(15, 110) * 60_000;
    }
    return series;
  },
};
