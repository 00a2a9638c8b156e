/** Shortest token that gets deletion variants: deleting from 3-letter tokens matches far too much. */
export const MIN_TOKEN_LENGTH_FOR_DELETIONS = 4;

/**
 * The token with each single character removed (SymSpell): two tokens within one insertion,
 * deletion, substitution or adjacent transposition of each other share at least one of these
 * variants or the token itself.
 */
export function deletionVariants(token: string): string[] {
  if (token.length < MIN_TOKEN_LENGTH_FOR_DELETIONS) {
    return [];
  }
  const variants = new Set<string>();
  for (let i = 0; i < token.length; i++) {
    variants.add(token.slice(0, i) + token.slice(i + 1));
  }
  return [...variants];
}
