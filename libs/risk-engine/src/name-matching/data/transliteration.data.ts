/**
 * Script-to-ASCII tables applied after NFKD (so accents are already split off and dropped).
 * Cyrillic follows BGN/PCGN-style romanisation, which is what the UN and most national lists
 * print for Russian, Ukrainian, Belarusian and Bulgarian names; Greek follows ELOT 743.
 * Keys are upper case; the normaliser upper-cases before looking up.
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  А: 'A', Б: 'B', В: 'V', Г: 'G', Д: 'D', Е: 'E', Ё: 'E', Ж: 'ZH', З: 'Z', И: 'I', Й: 'Y', К: 'K', Л: 'L',
  М: 'M', Н: 'N', О: 'O', П: 'P', Р: 'R', С: 'S', Т: 'T', У: 'U', Ф: 'F', Х: 'KH', Ц: 'TS', Ч: 'CH', Ш: 'SH',
  Щ: 'SHCH', Ъ: '', Ы: 'Y', Ь: '', Э: 'E', Ю: 'YU', Я: 'YA',
  // Ukrainian, Belarusian, Serbian, Macedonian, Kazakh letters.
  Є: 'YE', І: 'I', Ї: 'YI', Ґ: 'G', Ў: 'U', Ђ: 'DJ', Ј: 'J', Љ: 'LJ', Њ: 'NJ', Ћ: 'C', Џ: 'DZ', Ѓ: 'GJ',
  Ќ: 'KJ', Ѕ: 'DZ', Ә: 'A', Ғ: 'G', Қ: 'K', Ң: 'N', Ө: 'O', Ұ: 'U', Ү: 'U', Һ: 'H',
};

export const GREEK_TO_LATIN: Readonly<Record<string, string>> = {
  Α: 'A', Β: 'V', Γ: 'G', Δ: 'D', Ε: 'E', Ζ: 'Z', Η: 'I', Θ: 'TH', Ι: 'I', Κ: 'K', Λ: 'L', Μ: 'M', Ν: 'N',
  Ξ: 'X', Ο: 'O', Π: 'P', Ρ: 'R', Σ: 'S', Τ: 'T', Υ: 'Y', Φ: 'F', Χ: 'CH', Ψ: 'PS', Ω: 'O',
};

/** Greek letter pairs romanised as one sound (ELOT 743), applied before single letters. */
export const GREEK_DIGRAPHS_TO_LATIN: Readonly<Record<string, string>> = {
  ΟΥ: 'OU',
  ΑΥ: 'AV',
  ΕΥ: 'EV',
  ΓΓ: 'NG',
  ΓΚ: 'GK',
  ΜΠ: 'MP',
  ΝΤ: 'NT',
};

/** Latin letters that NFKD does not decompose into a base letter plus accent. */
export const EXTENDED_LATIN_TO_ASCII: Readonly<Record<string, string>> = {
  ß: 'SS', ẞ: 'SS', Æ: 'AE', æ: 'AE', Ø: 'O', ø: 'O', Œ: 'OE', œ: 'OE', Ł: 'L', ł: 'L', Đ: 'D', đ: 'D',
  Ð: 'D', ð: 'D', Þ: 'TH', þ: 'TH', İ: 'I', ı: 'I', Ħ: 'H', ħ: 'H', Ŋ: 'NG', ŋ: 'NG', Ŧ: 'T', ŧ: 'T',
  ĸ: 'K', Ŀ: 'L', ŀ: 'L', ſ: 'S', Ə: 'A', ə: 'A', Ɨ: 'I', ɨ: 'I', Ʉ: 'U', ʉ: 'U',
};

/**
 * Arabic-script letters that different writers use interchangeably: hamza-carrying alefs, alef
 * maqsura and Persian yeh, Persian kaf, ta marbuta. Unified so that spelling habits do not split
 * one name into two.
 */
export const ARABIC_LETTER_UNIFICATION: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ؤ': 'و',
};
