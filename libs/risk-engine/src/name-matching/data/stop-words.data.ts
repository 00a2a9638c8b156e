/** Connecting words that carry no identity ("BANK OF KOREA" = "KOREA BANK" for matching purposes). */
export const STOP_WORDS: readonly string[] = [
  'THE', 'OF', 'AND', 'FOR', 'IN', 'ON', 'AT', 'TO', 'BY', 'LE', 'LES', 'DES', 'ET', 'UND', 'DER', 'DIE', 'DAS', 'Y', 'E',
];
