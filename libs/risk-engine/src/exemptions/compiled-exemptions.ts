import { normaliseName } from '../name-matching';
import { normaliseTraderId } from '../snapshot/identifier-keys';
import { addressKeyVariants } from '../indicators/watchlisted-address.indicator';
import type { Exemption } from './exemption.schema';

/** One exemption with what matching needs worked out once: normalised keys and its time window. */
export interface CompiledExemption {
  readonly exemption: Exemption;
  /** In force from `createdAt` (ms) ... */
  readonly from: number;
  /** ... until `expiresAt` or its revocation, whichever comes first (ms, exclusive). */
  readonly until: number;
  readonly partyIdKey?: string;
  readonly partyNameKey?: string;
  readonly subjectIdKey?: string;
  readonly subjectAddressKey?: string;
}

/**
 * The exemptions one screening honours, indexed so a declaration with no exempted entry or indicator
 * costs one map look-up per hit: PARTY_NOT_LISTED by `list/entryId`, INDICATOR by indicator code.
 * Immutable; a changed set is compiled again and swapped whole, like the snapshot.
 */
export interface CompiledExemptions {
  readonly size: number;
  readonly byEntry: ReadonlyMap<string, readonly CompiledExemption[]>;
  readonly byIndicator: ReadonlyMap<string, readonly CompiledExemption[]>;
}

export const NO_EXEMPTIONS: CompiledExemptions = Object.freeze({
  size: 0,
  byEntry: new Map<string, readonly CompiledExemption[]>(),
  byIndicator: new Map<string, readonly CompiledExemption[]>(),
});

export function entryKey(list: string, entryId: string): string {
  return `${list}/${entryId}`;
}

/** A name reduced so that case, accents, legal forms and word order do not matter. */
export function partyNameKey(name: string): string {
  return [...normaliseName(name).tokens].sort().join(' ');
}

/** Compiles checked exemptions (`checkStoredExemption`); expired and revoked ones are kept, the clock decides. */
export function compileExemptions(exemptions: Iterable<Exemption>): CompiledExemptions {
  const byEntry = new Map<string, CompiledExemption[]>();
  const byIndicator = new Map<string, CompiledExemption[]>();
  let size = 0;
  for (const exemption of exemptions) {
    const compiled = compileOne(exemption);
    const key =
      exemption.kind === 'PARTY_NOT_LISTED'
        ? exemption.entry && entryKey(exemption.entry.list, exemption.entry.entryId)
        : exemption.indicator;
    if (key === undefined) continue;
    const index = exemption.kind === 'PARTY_NOT_LISTED' ? byEntry : byIndicator;
    const list = index.get(key);
    if (list) list.push(compiled);
    else index.set(key, [compiled]);
    size++;
  }
  return { size, byEntry, byIndicator };
}

function compileOne(exemption: Exemption): CompiledExemption {
  const expires = Date.parse(exemption.expiresAt);
  const revoked = exemption.revoked ? Date.parse(exemption.revoked.at) : Number.POSITIVE_INFINITY;
  const party = exemption.party;
  const subject = exemption.subject;
  return {
    exemption,
    from: Date.parse(exemption.createdAt),
    until: Math.min(expires, revoked),
    ...(party?.id !== undefined ? { partyIdKey: normaliseTraderId(party.id) } : {}),
    ...(party?.name !== undefined ? { partyNameKey: partyNameKey(party.name) } : {}),
    ...(subject?.traderId !== undefined ? { subjectIdKey: normaliseTraderId(subject.traderId) } : {}),
    ...(subject?.address !== undefined
      ? { subjectAddressKey: addressKeyVariants(subject.address)[0] ?? '' }
      : {}),
  };
}
