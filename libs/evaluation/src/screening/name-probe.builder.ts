import type { Declaration } from '@salw/contracts';

export interface ProbeParty {
  readonly name: string;
  readonly kind: 'INDIVIDUAL' | 'ORGANISATION';
  /** Address country; the party keeps the carrier's address when absent. */
  readonly country?: string;
}

/**
 * An otherwise ordinary declaration with one party (consignee or consignor) renamed to the probe
 * name. The id is the carrier's with a suffix, so every probe is a first screening.
 */
export function nameProbeDeclaration(
  carrier: Declaration,
  role: 'consignee' | 'consignor',
  party: ProbeParty,
  suffix: string,
): Declaration {
  const current = carrier.parties[role];
  const address = current.address
    ? { ...current.address, ...(party.country ? { country: party.country } : {}) }
    : party.country
      ? { country: party.country }
      : undefined;
  return {
    ...carrier,
    declarationId: `${carrier.declarationId}${suffix}`.slice(0, 64),
    parties: {
      ...carrier.parties,
      [role]: { name: party.name, kind: party.kind, ...(address ? { address } : {}) },
    },
  };
}
