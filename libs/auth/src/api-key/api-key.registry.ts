import { createHash, timingSafeEqual } from 'node:crypto';
import { isRole, ROLES, type Role } from '../roles/role';
import type { Principal } from '../roles/principal';

interface ApiKeyEntry {
  readonly name: string;
  readonly roles: Role[];
  readonly keyHash: Buffer;
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/** What one `AUTH_API_KEYS` entry looks like, for messages. */
export const API_KEY_ENTRY_FORMAT = `name:role:sha256hex (role one of ${ROLES.join(', ')})`;

/**
 * Service accounts known by the SHA-256 of their key only. A presented key is compared with every
 * entry in constant time without stopping early, so timing says nothing about near matches.
 */
export class ApiKeyRegistry {
  private constructor(private readonly entries: readonly ApiKeyEntry[]) {}

  /** Problems name the entry by position and client name, never by hash, so they can be logged. */
  static parse(raw: readonly string[]): { registry?: ApiKeyRegistry; problems: string[] } {
    const problems: string[] = [];
    const byName = new Map<string, ApiKeyEntry>();
    raw.forEach((text, index) => {
      const where = `entry ${index + 1}`;
      const parts = text.split(':');
      if (parts.length !== 3) {
        problems.push(`${where} must be ${API_KEY_ENTRY_FORMAT}, found ${parts.length} parts`);
        return;
      }
      const [name, role, hashHex] = parts;
      if (!NAME.test(name)) problems.push(`${where}: name must be 1-64 of A-Z a-z 0-9 . _ -`);
      else if (!isRole(role))
        problems.push(`${where} (${name}): role "${role}" is not one of ${ROLES.join(', ')}`);
      else if (!SHA256_HEX.test(hashHex)) problems.push(`${where} (${name}): key hash must be 64 hex digits`);
      else {
        const hash = Buffer.from(hashHex, 'hex');
        const known = byName.get(name);
        if (known && !known.keyHash.equals(hash)) {
          problems.push(`${where} (${name}): listed with two different key hashes`);
        } else if (known) {
          if (!known.roles.includes(role)) known.roles.push(role);
        } else {
          byName.set(name, { name, roles: [role], keyHash: hash });
        }
      }
    });
    if (problems.length > 0) return { problems };
    return { registry: new ApiKeyRegistry([...byName.values()]), problems };
  }

  authenticate(presentedKey: string): Principal | undefined {
    const presented = createHash('sha256').update(presentedKey, 'utf8').digest();
    let found: ApiKeyEntry | undefined;
    for (const entry of this.entries) {
      if (timingSafeEqual(presented, entry.keyHash) && found === undefined) found = entry;
    }
    return found
      ? { subject: `service:${found.name}`, roles: [...found.roles], method: 'api-key' }
      : undefined;
  }
}
