import type { Role } from '../roles/role';

/** A console account: signs in with a password; the user name is what history records. */
export interface LocalAccount {
  readonly username: string;
  readonly roles: readonly Role[];
  readonly passwordHash: string;
  readonly createdAt: string;
}

/** Where local accounts are kept; Redis in the apps, a Map in unit specs. */
export interface LocalAccountStore {
  find(username: string): Promise<LocalAccount | undefined>;
  /** Creates or replaces the account (a password reset is a replacement). */
  save(account: LocalAccount): Promise<void>;
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
