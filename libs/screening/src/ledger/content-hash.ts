import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of a record's bytes exactly as received (a string counts as its UTF-8). The bytes,
 * not a normal form: an operator checks a CONFLICTING_REPLAY with `sha256sum` of the dead letter
 * (which carries the original bytes) and of the screened record, and hashing costs microseconds. A
 * copy re-serialised with other spacing or key order therefore counts as other content; it is
 * dead-lettered, visibly, rather than screened or dropped.
 */
export function contentHash(value: Uint8Array | string): string {
  return createHash('sha256').update(value).digest('hex');
}
