import * as crypto from 'node:crypto';

export interface ResultIdentity {
  readonly declarationId: string;
  readonly version: number;
  readonly profileId: string;
  readonly profileVersion: number;
  readonly watchlistVersion: string;
}

// The one-shot crypto.hash (Node >= 20.12) gives the same digest without a Hash object per call.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

function digest(parts: readonly (string | number)[]): string {
  return sha256Hex(parts.join('\u0000')).slice(0, 40);
}

/**
 * Derived from what decides the result, so a re-delivery of the same declaration version screened with
 * the same profile and lists gets the same id and can be recognised; a changed list gives a new one.
 */
export function resultIdFor(identity: ResultIdentity): string {
  return `res-${digest(['result', identity.declarationId, identity.version, identity.profileId, identity.profileVersion, identity.watchlistVersion])}`;
}

export function alertIdFor(identity: ResultIdentity): string {
  return `alt-${digest(['alert', identity.declarationId, identity.version, identity.profileId, identity.profileVersion, identity.watchlistVersion])}`;
}
