import { FICTIONAL_NATIONAL, GOODS } from '../data/reference-data';
import { buildOrdinaryShipment } from '../ordinary/ordinary-shipment.builder';
import type { IndicatorCode } from '@salw/contracts';
import { labelled, type ScenarioDefinition } from './scenario-kit';

/**
 * The Nigerian and Liberian container pattern: "household effects" or "used vehicle with personal
 * effects" shipped to West Africa, paid in cash, in a container already seized once, or at a
 * consignee address on the national list. Each cue is weak alone; together an officer must look.
 */
export const concealmentDescriptionScenario: ScenarioDefinition = {
  name: 'cover-description-with-corroborating-cues',
  indicator: 'CONCEALMENT_DESCRIPTION',
  build(context, atMs) {
    const random = context.random;
    const destination = random.pick(['NG', 'GH', 'CI', 'SN', 'KE']);
    const variant = random.pick(['container', 'address', 'cash-and-mass'] as const);
    const cover = random.pick(GOODS.filter((goods) => goods.coverPhrase));
    const consignee = context.parties.person(destination);
    const expected: IndicatorCode[] = ['CONCEALMENT_DESCRIPTION'];
    const evidence: { watchlistEntries?: string[]; coverPhrase?: string } = {
      coverPhrase: cover.coverPhrase!,
    };
    if (variant === 'address') {
      const entry = random.pick(
        FICTIONAL_NATIONAL.filter((candidate) => candidate.kind === 'ADDRESS' && candidate.country === 'NG'),
      );
      consignee.address = {
        line: random.pick(['Plot 7, Industrial Layout', 'Plot No. 7 Industrial Layout']),
        city: 'Kano',
        country: 'NG',
      };
      expected.push('WATCHLISTED_ADDRESS');
      evidence.watchlistEntries = [entry.entryId];
    }
    const item = buildOrdinaryShipment(context, atMs, {
      goods: cover,
      consignee,
      mode: 'SEA',
      payment: variant === 'address' ? 'TRANSFER' : 'CASH',
      itemsPerDeclaration: [1, 1],
    });
    const declaration = item.declaration;
    if (variant !== 'address') expected.push('CASH_PAYMENT');
    if (variant === 'container') {
      const entry = random.pick(
        FICTIONAL_NATIONAL.filter((candidate) => candidate.kind === 'CONTAINER' && !candidate.expiresOn),
      );
      declaration.transport.containers = [{ id: entry.value!, seals: [random.pattern('@######')] }];
      expected.push('WATCHLISTED_CONTAINER');
      evidence.watchlistEntries = [entry.entryId];
    }
    if (variant === 'cash-and-mass') {
      const line = declaration.items[0]!;
      line.netMassKg = Math.round((line.grossMassKg ?? 500) * 1.18 * 100) / 100;
      expected.push('MASS_ANOMALY');
    }
    return [
      labelled(declaration, {
        risky: true,
        expectAlert: true,
        expected,
        scenario: `${this.name}:${variant}`,
        note: `'${declaration.items[0]!.description}' to a private person in ${destination} with ${variant === 'container' ? 'a previously seized container and cash payment' : variant === 'address' ? 'a watchlisted consignee address' : 'cash payment and net mass above gross mass'}`,
        evidence,
      }),
    ];
  },
};
