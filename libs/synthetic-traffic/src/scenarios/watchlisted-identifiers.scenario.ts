import { FICTIONAL_NATIONAL, GOODS, type NationalEntryRecord } from '../data/reference-data';
import type { IndicatorCode } from '@salw/contracts';
import { buildArmsShipment } from './arms-shipment';
import { labelled, type ScenarioDefinition } from './scenario-kit';

type IdentifierKind = 'CONTAINER' | 'VESSEL' | 'IDENTIFIER' | 'ADDRESS';

const INDICATOR: Readonly<Record<IdentifierKind, IndicatorCode>> = {
  CONTAINER: 'WATCHLISTED_CONTAINER',
  VESSEL: 'WATCHLISTED_VESSEL',
  IDENTIFIER: 'WATCHLISTED_IDENTIFIER',
  ADDRESS: 'WATCHLISTED_ADDRESS',
};

/**
 * A listed container, ship, trader id or address on an otherwise plausible declaration, with one
 * corroborating weak cue (a cover description or cash). Exact identifiers decide on their own;
 * the second cue is what a real hit usually comes with.
 */
function watchlistedScenario(kind: IdentifierKind): ScenarioDefinition {
  return {
    name: `watchlisted-${kind.toLowerCase()}`,
    indicator: INDICATOR[kind],
    build(context, atMs) {
      const random = context.random;
      const entry: NationalEntryRecord = random.pick(
        FICTIONAL_NATIONAL.filter((candidate) => candidate.kind === kind && !candidate.expiresOn),
      );
      const destination =
        entry.country && kind !== 'VESSEL' ? entry.country : random.pick(['NG', 'GH', 'KE', 'ZA']);
      const consignee = context.parties.company(destination);
      if (kind === 'IDENTIFIER') consignee.id = entry.value!;
      if (kind === 'ADDRESS') {
        const [line, city] = splitAddress(entry.value!);
        consignee.address = { line, city, country: entry.country ?? destination };
      }
      const origin = random.pick(['TR', 'AE', 'US', 'DE', 'IN'].filter((code) => code !== destination));
      const cue = random.pick(['cover', 'cash'] as const);
      const cover = random.pick(GOODS.filter((goods) => goods.coverPhrase && goods.sector !== 'personal'));
      const built = buildArmsShipment(context, atMs, {
        goods: cue === 'cover' ? { kind: 'ordinary', ordinary: cover } : { kind: 'ordinary' },
        consignee,
        origin,
        destination,
        mode: 'SEA',
        ...(cue === 'cash' ? { payment: 'CASH' as const } : {}),
        ...(kind === 'CONTAINER' ? { containerIds: [entry.value!] } : {}),
        ...(kind === 'VESSEL'
          ? {
              vessel: {
                imo: entry.value!,
                name: random.pick(['Ocean Tern', 'Sea Lantern', 'Golden Kite']),
                flag: random.pick(['TG', 'KM', 'PA']),
              },
            }
          : {}),
      });
      const expected: IndicatorCode[] = [...built.expected, INDICATOR[kind]];
      if (cue === 'cover') expected.push('CONCEALMENT_DESCRIPTION');
      return [
        labelled(built.declaration, {
          risky: true,
          expectAlert: true,
          expected,
          allowed: built.allowed,
          scenario: this.name,
          note: `${kind.toLowerCase()} ${entry.value} is on the national list as ${entry.entryId} (${entry.reason}); ${cue === 'cover' ? `described as '${built.declaration.items[0]!.description}'` : 'paid in cash'}`,
          evidence: {
            watchlistEntries: [entry.entryId],
            ...(cue === 'cover' ? { coverPhrase: cover.coverPhrase! } : {}),
          },
        }),
      ];
    },
  };
}

/** "Plot 7, Industrial Layout, Kano" -> line "Plot 7, Industrial Layout", city "Kano". */
function splitAddress(value: string): [string, string] {
  const at = value.lastIndexOf(',');
  return [value.slice(0, at).trim(), value.slice(at + 1).trim()];
}

export const watchlistedContainerScenario = watchlistedScenario('CONTAINER');
export const watchlistedVesselScenario = watchlistedScenario('VESSEL');
export const watchlistedIdentifierScenario = watchlistedScenario('IDENTIFIER');
export const watchlistedAddressScenario = watchlistedScenario('ADDRESS');
