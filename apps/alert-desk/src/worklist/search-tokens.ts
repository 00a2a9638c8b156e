import type { Alert, Declaration } from '@salw/contracts';

/** Tokens shorter than this are not indexed (and not searched): single letters match nearly everything. */
export const MIN_TOKEN_LENGTH = 2;
const MAX_TOKEN_LENGTH = 64;
/** An alert with more distinct words than this indexes its first ones (ids and reasons come first). */
export const MAX_TOKENS_PER_ALERT = 256;
/** A prefix shorter than this is matched as a whole word only (a 2-letter prefix would expand to too much). */
export const MIN_PREFIX_LENGTH = 3;

/** Words too common in hit reasons and descriptions to narrow a search: not indexed, not searched. */
const STOP_WORDS = new Set([
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'in',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * Lower-case words of letters and digits, accents folded ("Okafor-Ltd." -> ["okafor", "ltd"]):
 * the same normalisation for what is indexed and what is searched, so an id like `26NG0000012345678X`
 * or `BENCH-7-97` is found by its parts.
 */
export function normaliseTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length >= MIN_TOKEN_LENGTH && !STOP_WORDS.has(t))
    .map((t) => t.slice(0, MAX_TOKEN_LENGTH));
}

/** The distinct words an alert is found by: its ids, hit reasons and, once known, the declaration's office, parties and goods. */
export function alertTokens(alert: Alert, declaration: Declaration | undefined): string[] {
  const parts: string[] = [
    alert.declarationId,
    alert.alertId,
    ...alert.hits.map((hit) => `${hit.indicator} ${hit.reason}`),
  ];
  if (declaration) {
    parts.push(declaration.office ?? '');
    for (const party of Object.values(declaration.parties)) {
      const name = (party as { name?: string } | undefined)?.name;
      if (name) parts.push(name);
    }
    for (const item of declaration.items) parts.push(item.hsCode, item.description);
    if (declaration.transport.meansName) parts.push(declaration.transport.meansName);
  }
  return [...new Set(parts.flatMap(normaliseTokens))].slice(0, MAX_TOKENS_PER_ALERT);
}

/** One word of a search: matched whole, or (the last word, while the officer is still typing) as a prefix. */
export interface TextTerm {
  readonly token: string;
  readonly prefix: boolean;
}

/**
 * A search's words, every one required; the last is a prefix when it is long enough to be selective
 * and the text does not end after it (a trailing space or dot means the word is complete).
 */
export function textTerms(text: string): TextTerm[] {
  const tokens = [...new Set(normaliseTokens(text))];
  const typing = /[\p{L}\p{N}]$/u.test(text);
  return tokens.map((token, i) => ({
    token,
    prefix: typing && i === tokens.length - 1 && token.length >= MIN_PREFIX_LENGTH,
  }));
}
