import type { SecretKind } from './config-section';

/** Replaces `user:password` in `scheme://user:password@host` by `***`; anything else is returned as is. */
export function maskUrlCredentials(url: string): string {
  const schemeEnd = url.indexOf('://');
  if (schemeEnd < 0) return url;
  const authorityStart = schemeEnd + 3;
  // The last `@` ends the credentials even when an unencoded password itself contains `@` or `/`.
  const at = url.lastIndexOf('@');
  if (at < authorityStart) return url;
  return `${url.slice(0, authorityStart)}***@${url.slice(at + 1)}`;
}

/** The raw value as an error message may show it: quoted, and masked when it is a secret. */
export function displayEnvValue(raw: string, secret: SecretKind | undefined): string {
  // An empty secret reveals nothing, and saying it is empty is what the operator needs to know.
  if (secret === 'full') return raw.length === 0 ? '""' : '"***"';
  if (secret === 'url-credentials') return JSON.stringify(maskUrlCredentials(raw));
  return JSON.stringify(raw);
}
