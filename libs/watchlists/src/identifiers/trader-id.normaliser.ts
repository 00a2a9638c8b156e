/**
 * Trader identifiers (EORI, TIN, SCAC, national importer numbers) are written with
 * arbitrary spacing, dashes and prefixes' punctuation ("NG 9988-7766", "SCAC:BOLU");
 * only letters and digits identify, so only those are kept, upper-cased.
 */
export function normaliseTraderId(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
