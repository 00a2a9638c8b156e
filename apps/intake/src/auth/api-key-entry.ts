import { INTAKE_ROLES, isIntakeRole, type IntakeRole } from './intake-role';

/** One configured client: its name (logged, never the key), the roles it holds and the SHA-256 of its key. */
export interface ApiKeyEntry {
  readonly name: string;
  readonly roles: readonly IntakeRole[];
  /** 32 bytes. */
  readonly keyHash: Buffer;
}

export type ParsedApiKeyEntries =
  | { readonly ok: true; readonly entries: readonly ApiKeyEntry[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/** The format of one `INTAKE_API_KEYS` entry, for config messages. */
export const API_KEY_ENTRY_FORMAT = `name:role:sha256hex (role one of ${INTAKE_ROLES.join(', ')}; name 1-64 of A-Z a-z 0-9 . _ -)`;

/**
 * Parses `name:role:sha256hex` entries. A client holding several roles is listed once per role with
 * the same hash; entries are merged by name. Problems name the entry by position and client name,
 * never by hash, so a message can be logged.
 */
export function parseApiKeyEntries(raw: readonly string[]): ParsedApiKeyEntries {
  const problems: string[] = [];
  const byName = new Map<string, { roles: Set<IntakeRole>; hashHex: string }>();

  raw.forEach((text, index) => {
    const where = `entry ${index + 1}`;
    const parts = text.split(':');
    if (parts.length !== 3) {
      problems.push(
        `${where} must have 3 parts separated by ":" (${API_KEY_ENTRY_FORMAT}), found ${parts.length}`,
      );
      return;
    }
    const [name, role, hashHex] = parts;
    if (!NAME.test(name)) problems.push(`${where}: client name must be 1-64 of A-Z a-z 0-9 . _ -`);
    if (!isIntakeRole(role))
      problems.push(`${where} (${name}): role "${role}" is not one of ${INTAKE_ROLES.join(', ')}`);
    if (!SHA256_HEX.test(hashHex))
      problems.push(`${where} (${name}): the key hash must be 64 hex digits (SHA-256 of the key)`);
    if (!NAME.test(name) || !isIntakeRole(role) || !SHA256_HEX.test(hashHex)) return;

    const known = byName.get(name);
    if (known && known.hashHex !== hashHex.toLowerCase()) {
      problems.push(`${where} (${name}): client "${name}" is listed with two different key hashes`);
      return;
    }
    const entry = known ?? { roles: new Set<IntakeRole>(), hashHex: hashHex.toLowerCase() };
    entry.roles.add(role);
    byName.set(name, entry);
  });

  const owners = new Map<string, string>();
  for (const [name, { hashHex }] of byName) {
    const owner = owners.get(hashHex);
    // One key shared by two names would make the logged client name a guess.
    if (owner !== undefined)
      problems.push(`clients "${owner}" and "${name}" have the same key hash; give each client its own key`);
    owners.set(hashHex, name);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    entries: [...byName].map(([name, { roles, hashHex }]) => ({
      name,
      roles: [...roles],
      keyHash: Buffer.from(hashHex, 'hex'),
    })),
  };
}
