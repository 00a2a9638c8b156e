import { ADDRESS_ABBREVIATIONS, ADDRESS_NUMBER_MARKERS } from '../reference/address-abbreviations';

/**
 * Reduces a free-text address to a key for exact lookup: accents stripped, upper-case,
 * punctuation dropped, standard abbreviations applied, number markers ("No.") removed.
 * Word order is kept: addresses that differ only in order are different addresses.
 */
export function normaliseAddressKey(address: string): string {
  const text = address
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/&/gu, ' AND ')
    .replace(/\bPOST\s+OFFICE\s+BOX\b/gu, ' POBOX ')
    .replace(/\bP\s*\.?\s*O\s*\.?\s*BOX\b/gu, ' POBOX ');
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '');
  const kept: string[] = [];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (ADDRESS_NUMBER_MARKERS.has(token) && next !== undefined && /^\d/u.test(next)) return;
    kept.push(ADDRESS_ABBREVIATIONS[token] ?? token);
  });
  return kept.join(' ');
}
