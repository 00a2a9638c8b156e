import type { Declaration, Party } from '@salw/contracts';
import type { CompiledProfile } from '../profile/compiled-profile.model';
import { normaliseTraderId } from '../snapshot/identifier-keys';
import { tokenise } from '../text/tokenise.util';
import type { HistoryQuery, HistoryRole, TraderKey } from './trader-key.model';

const ROLES: readonly HistoryRole[] = ['consignee', 'consignor'];

/** Folded words of a name or address, single-spaced: "John  Okafor." -> "john okafor". */
function textKey(text: string): string {
  // Concatenated: Array.prototype.join costs more than the few short words it joins.
  const words = tokenise(text).texts;
  let key = words.length > 0 ? (words[0] as string) : '';
  for (let i = 1; i < words.length; i++) key += ` ${words[i] as string}`;
  return key;
}

function addKeysOfParty(keys: TraderKey[], role: HistoryRole, party: Party): void {
  if (party.id !== undefined) {
    const id = normaliseTraderId(party.id);
    if (id !== '') keys.push({ role, by: 'id', key: `${role}:id:${id}` });
  }
  const name = textKey(party.name);
  if (name !== '')
    keys.push({ role, by: 'name', key: `${role}:name:${party.address?.country ?? '--'}:${name}` });
  if (party.address?.line !== undefined) {
    const address = textKey(`${party.address.line} ${party.address.city ?? ''}`);
    if (address !== '')
      keys.push({ role, by: 'address', key: `${role}:address:${party.address.country}:${address}` });
  }
}

/**
 * The trader keys of a declaration (consignee and consignor, each by id, by name within its country and
 * by address) and the window the profile's SPLIT_SHIPMENTS uses, for {@link TraderHistoryPort.load}.
 */
export function historyKeysFor(declaration: Declaration, profile: CompiledProfile): HistoryQuery {
  const keys: TraderKey[] = [];
  for (const role of ROLES) addKeysOfParty(keys, role, declaration.parties[role]);
  return { keys, windowHours: profile.historyWindowHours };
}
