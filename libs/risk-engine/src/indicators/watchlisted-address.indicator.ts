import { Type } from '@sinclair/typebox';
import type { Address, Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { entryInForce, watchlistHit } from './indicator-helpers';
import { normaliseAddressKey } from '../snapshot/identifier-keys';
import type { WatchlistEntrySource } from '../snapshot/watchlist-source.model';

/**
 * The ways a declared address may be written in a list value: line and city, with or without the
 * postcode before or after the city, or the line alone.
 */
export function addressKeyVariants(address: Address): string[] {
  if (address.line === undefined) return [];
  // Normalising part by part and joining equals normalising the joined text (the key is per word).
  const line = normaliseAddressKey(address.line);
  const city = address.city === undefined ? '' : normaliseAddressKey(address.city);
  const postcode = address.postcode === undefined ? '' : normaliseAddressKey(address.postcode);
  const join = (...parts: string[]) => parts.filter((p) => p !== '').join(' ');
  return [
    ...new Set([join(line, city), join(line, postcode, city), join(line, city, postcode), line]),
  ].filter((k) => k !== '');
}

/** A party's address equals a watchlisted address after normalisation (same country when the entry names one). */
export const watchlistedAddressIndicator: IndicatorDefinition = {
  code: 'WATCHLISTED_ADDRESS',
  paramsSchema: Type.Object({}, { additionalProperties: false }),
  compile({ code, setting }) {
    return ({ snapshot, analysis }) => {
      const hits: Hit[] = [];
      for (const { role, party } of analysis.parties) {
        const address = party.address;
        if (
          !address ||
          !(snapshot.addressCountries.has(address.country) || snapshot.addressCountries.has('*'))
        )
          continue;
        const seen = new Set<WatchlistEntrySource>();
        for (const key of addressKeyVariants(address)) {
          for (const entry of [
            ...(snapshot.addresses.get(`${address.country}|${key}`) ?? []),
            ...(snapshot.addresses.get(`*|${key}`) ?? []),
          ]) {
            if (seen.has(entry) || !entryInForce(entry, analysis.submittedDate)) continue;
            seen.add(entry);
            hits.push(
              watchlistHit(
                code,
                entry,
                setting.points,
                `${role} address '${key}' (${address.country}) is on ${entry.list} list entry ${entry.entryId}`,
                { field: `parties.${role}.address`, value: key, country: address.country },
                { party: role },
              ),
            );
          }
        }
      }
      return hits;
    };
  },
};
