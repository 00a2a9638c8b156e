/**
 * Legal-form words (company types). They say what kind of company a party is, not which one,
 * so they are moved out of the name into a separate field before matching.
 * Written as they look after punctuation has been turned into spaces and single letters joined
 * ("S.A." -> "SA", "J/V" -> "JV").
 */
export const LEGAL_FORM_WORDS: readonly string[] = [
  'LTD', 'LIMITED', 'CO', 'COMPANY', 'CORP', 'CORPORATION', 'INC', 'INCORPORATED', 'LLC', 'LLP', 'LP',
  'SARL', 'SA', 'SAS', 'SRL', 'SPA', 'SNC', 'GMBH', 'AG', 'KG', 'BV', 'NV', 'PLC', 'JSC', 'OJSC', 'PJSC',
  'CJSC', 'OAO', 'ZAO', 'OOO', 'PAO', 'AO', 'TOO', 'PTE', 'PVT', 'PTY', 'FZE', 'FZCO', 'FZC', 'FZ', 'DMCC',
  'JV', 'EST', 'ESTABLISHMENT', 'WLL', 'SDN', 'BHD', 'TBK', 'PT', 'KFT', 'SP', 'ZOO', 'AS', 'AB', 'OY',
  'OYJ', 'APS', 'SE', 'EOOD', 'OOD', 'AD', 'DOO', 'DD', 'SAL', 'SAE', 'SACI', 'LDA', 'LTDA', 'KK', 'GK',
  'YK', 'CIE',
];

/**
 * Legal forms that are written before the name (Russian OOO/ZAO, Indonesian PT, ...). Only these
 * are stripped from the front: others, such as SA or AS, are also Arabic articles there ("AS SAHAB").
 */
export const LEADING_LEGAL_FORM_WORDS: readonly string[] = [
  'OOO', 'ZAO', 'OAO', 'PAO', 'AO', 'TOO', 'PT', 'JSC', 'OJSC', 'PJSC', 'CJSC', 'EOOD', 'LLC',
];
