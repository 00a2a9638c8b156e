const BRACKETED = /\(([^)]*)\)|\[([^\]]*)\]/g;
const ALTERNATIVES = /\s+\/\s+|;/;
const SEPARATORS = /[([/;]/;

/**
 * Lists report several names in one field: "AFGHAN SUPPORT COMMITTEE (ASC)",
 * "HARAKAT UL-MUJAHIDIN / HUM". Returns the full text, the text without the bracketed parts,
 * each bracketed part and each slash-separated part, in that order, without duplicates.
 * A bracketed part for which `isQualifier` holds ("(KENYA)") qualifies the name rather than
 * naming anyone, and is not a variant of its own.
 */
export function expandNameVariants(name: string, isQualifier?: (part: string) => boolean): string[] {
  if (!SEPARATORS.test(name)) {
    return name.length > 1 ? [name] : [];
  }
  const variants = [name];
  const bracketed: string[] = [];
  const withoutBrackets = name
    .replace(BRACKETED, (_match, round: string | undefined, square: string | undefined) => {
      bracketed.push((round ?? square ?? '').trim());
      return ' ';
    })
    .trim();
  variants.push(
    withoutBrackets,
    ...(isQualifier ? bracketed.filter((part) => !isQualifier(part)) : bracketed),
  );
  for (const part of withoutBrackets.split(ALTERNATIVES)) {
    variants.push(part.trim());
  }
  return [...new Set(variants.filter((v) => v.length > 1))];
}
