import { normaliseName } from '@salw/name-matching';
import { normaliseTraderId } from '../snapshot/identifier-keys';
import { addressKeyVariants } from '../indicators/watchlisted-address.indicator';
import type { Exemption } from './exemption.schema';

/** One exemption with what matching needs worked out once: normalised keys and its time window. */
export interface CompiledExemption {
  readonly exemption: Exemption;
  /** Position in the set: when several apply, the first wins, whatever index found it. */
  readonly ordinal: number;
  /** In force from `createdAt` (ms) ... */
  readonly from: number;
  /** ... until `expiresAt` or its revocation, whichever comes first (ms, exclusive). */
  readonly until: number;
  readonly partyIdKey?: string;
  readonly partyNameKey?: string;
  readonly subjectIdKey?: string;
  readonly subjectAddressKey?: string;
}

/** An indicator's exemptions by subject: HS heading, normalised trader id, normalised address. */
export interface SubjectIndex {
  readonly byHeading: ReadonlyMap<string, readonly CompiledExemption[]>;
  readonly byTraderId: ReadonlyMap<string, readonly CompiledExemption[]>;
  readonly byAddress: ReadonlyMap<string, readonly CompiledExemption[]>;
}

/**
 * The exemptions one screening honours, indexed so that a hit costs a few map look-ups whatever the
 * number of exemptions: PARTY_NOT_LISTED by `list/entryId`, INDICATOR by indicator code and then by
 * subject. Immutable; a changed set is compiled again and swapped whole, like the snapshot.
 */
export interface CompiledExemptions {
  readonly size: number;
  readonly byEntry: ReadonlyMap<string, readonly CompiledExemption[]>;
  readonly byIndicator: ReadonlyMap<string, SubjectIndex>;
}

export const NO_EXEMPTIONS: CompiledExemptions = Object.freeze({
  size: 0,
  byEntry: new Map<string, readonly CompiledExemption[]>(),
  byIndicator: new Map<string, SubjectIndex>(),
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
  const byIndicator = new Map<
    string,
    {
      byHeading: Map<string, CompiledExemption[]>;
      byTraderId: Map<string, CompiledExemption[]>;
      byAddress: Map<string, CompiledExemption[]>;
    }
  >();
  let size = 0;
  for (const exemption of exemptions) {
    const compiled = compileOne(exemption, size);
    if (exemption.kind === 'PARTY_NOT_LISTED') {
      if (exemption.entry === undefined) continue;
      add(byEntry, entryKey(exemption.entry.list, exemption.entry.entryId), compiled);
    } else {
      if (exemption.indicator === undefined) continue;
      let index = byIndicator.get(exemption.indicator);
      if (!index)
        byIndicator.set(
          exemption.indicator,
          (index = { byHeading: new Map(), byTraderId: new Map(), byAddress: new Map() }),
        );
      if (exemption.subject?.hsHeading !== undefined)
        add(index.byHeading, exemption.subject.hsHeading, compiled);
      else if (compiled.subjectIdKey !== undefined) add(index.byTraderId, compiled.subjectIdKey, compiled);
      else if (compiled.subjectAddressKey !== undefined)
        add(index.byAddress, compiled.subjectAddressKey, compiled);
      else continue;
    }
    size++;
  }
  return { size, byEntry, byIndicator };
}

function add(index: Map<string, CompiledExemption[]>, key: string, compiled: CompiledExemption): void {
  const list = index.get(key);
  if (list) list.push(compiled);
  else index.set(key, [compiled]);
}

function compileOne(exemption: Exemption, ordinal: number): CompiledExemption {
  const expires = Date.parse(exemption.expiresAt);
  const revoked = exemption.revoked ? Date.parse(exemption.revoked.at) : Number.POSITIVE_INFINITY;
  const party = exemption.party;
  const subject = exemption.subject;
  return {
    exemption,
    ordinal,
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
