/**
 * Titles and honorifics that precede a person's name. Several are also real given names or
 * surnames (SHEIKH, HAJI), so the normaliser only drops them in leading position and only while
 * at least two other words remain.
 */
export const HONORIFICS: readonly string[] = [
  'MR', 'MRS', 'MS', 'MISS', 'MISTER', 'DR', 'DOCTOR', 'PROF', 'PROFESSOR', 'SIR', 'DAME', 'LORD', 'LADY',
  'HAJI', 'HAJJI', 'HADJI', 'ALHAJ', 'ALHAJI', 'ALHAJJ', 'SHEIKH', 'SHAIKH', 'SHEIK', 'SHAYKH', 'MULLAH',
  'MULLA', 'MAULAVI', 'MAWLAWI', 'MAULVI', 'MOULAVI', 'QARI', 'HAFIZ', 'IMAM', 'SAYYED', 'SAYED',
  'COL', 'COLONEL', 'MAJ', 'MAJOR', 'CAPT', 'CAPTAIN', 'LT', 'GOSPODIN', 'HERR', 'FRAU',
  'MONSIEUR', 'MADAME', 'SENOR', 'SENORA', 'SIGNOR',
];
