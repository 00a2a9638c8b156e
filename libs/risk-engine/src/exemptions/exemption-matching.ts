import type { Declaration, Hit, Party, PartyRole } from '@salw/contracts';
import { addressKeyVariants } from '../indicators/watchlisted-address.indicator';
import { normaliseTraderId } from '../snapshot/identifier-keys';
import { partyNameKey, type CompiledExemption } from './compiled-exemptions';
import type { Lane } from './exemption.schema';

/** In force at `at` (ms): from its creation, until its expiry or revocation (exclusive). */
export function inForce(c: CompiledExemption, at: number): boolean {
  return c.from <= at && at < c.until;
}

/** Every lane field given equals the declaration's; no lane is every lane. */
export function laneMatches(lane: Lane | undefined, declaration: Declaration): boolean {
  if (lane === undefined) return true;
  return (
    (lane.office === undefined || lane.office === declaration.office) &&
    (lane.mode === undefined || lane.mode === declaration.transport.mode) &&
    (lane.origin === undefined || lane.origin === declaration.route.origin) &&
    (lane.destination === undefined || lane.destination === declaration.route.destination)
  );
}

function partyIn(declaration: Declaration, role: PartyRole): Party | undefined {
  return (declaration.parties as Readonly<Record<string, Party | undefined>>)[role];
}

/** PARTY_NOT_LISTED: the declared party in `role` is the one the exemption names. */
export function partyMatches(c: CompiledExemption, role: PartyRole, declaration: Declaration): boolean {
  const named = c.exemption.party;
  const party = partyIn(declaration, role);
  if (named === undefined || party === undefined) return false;
  if (named.role !== undefined && named.role !== role) return false;
  if (c.partyIdKey !== undefined && (party.id === undefined || normaliseTraderId(party.id) !== c.partyIdKey))
    return false;
  if (c.partyNameKey !== undefined && partyNameKey(party.name) !== c.partyNameKey) return false;
  return named.country === undefined || party.address?.country === named.country;
}

/**
 * INDICATOR: the hit concerns the exempted subject. An HS heading covers an item hit whose code starts
 * with it, and a declaration-level hit when every item does. A trader id or address covers the hits on
 * the party in the subject's role, and declaration-level hits when that party carries it.
 */
export function subjectMatches(c: CompiledExemption, hit: Hit, declaration: Declaration): boolean {
  const subject = c.exemption.subject;
  if (subject === undefined) return false;
  if (subject.hsHeading !== undefined) {
    const heading = subject.hsHeading;
    if (hit.itemLine === undefined) return declaration.items.every((i) => i.hsCode.startsWith(heading));
    const item = declaration.items.find((i) => i.line === hit.itemLine);
    return item !== undefined && item.hsCode.startsWith(heading);
  }
  const role = subject.role;
  if (role === undefined || (hit.party !== undefined && hit.party !== role)) return false;
  const party = partyIn(declaration, role);
  if (party === undefined) return false;
  if (c.subjectIdKey !== undefined)
    return party.id !== undefined && normaliseTraderId(party.id) === c.subjectIdKey;
  if (c.subjectAddressKey !== undefined && subject.address !== undefined) {
    const address = party.address;
    return (
      address !== undefined &&
      address.country === subject.address.country &&
      addressKeyVariants(address).includes(c.subjectAddressKey)
    );
  }
  return false;
}
