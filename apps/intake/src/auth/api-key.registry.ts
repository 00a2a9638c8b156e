import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKeyEntry } from './api-key-entry';

/** Who called, once their key matched: the name is safe to log. */
export interface ApiClient {
  readonly name: string;
  readonly roles: readonly ApiKeyEntry['roles'][number][];
}

/**
 * Knows the configured keys by their SHA-256 only. A presented key is hashed and compared with every
 * entry in constant time, without stopping at the first match, so the time taken says nothing about
 * which or how many entries share a prefix with it.
 */
export class ApiKeyRegistry {
  constructor(private readonly entries: readonly ApiKeyEntry[]) {}

  authenticate(presentedKey: string): ApiClient | undefined {
    const presentedHash = createHash('sha256').update(presentedKey, 'utf8').digest();
    let found: ApiKeyEntry | undefined;
    for (const entry of this.entries) {
      if (timingSafeEqual(presentedHash, entry.keyHash) && found === undefined) found = entry;
    }
    return found ? { name: found.name, roles: found.roles } : undefined;
  }
}
