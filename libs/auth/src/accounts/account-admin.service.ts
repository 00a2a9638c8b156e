import type { PasswordHasher } from '../password/password-hasher';
import { isRole, ROLES, type Role } from '../roles/role';
import { USERNAME_PATTERN, type LocalAccount, type LocalAccountStore } from './local-account';

export const MIN_PASSWORD_LENGTH = 12;

/** Creates local accounts (from the CLI): validates the name, roles and password, stores only the scrypt hash. */
export class AccountAdminService {
  constructor(
    private readonly accounts: LocalAccountStore,
    private readonly hasher: PasswordHasher,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async createOrReplace(username: string, roles: readonly string[], password: string): Promise<LocalAccount> {
    const problems: string[] = [];
    if (!USERNAME_PATTERN.test(username)) {
      problems.push('username must be 1-64 of a-z 0-9 . _ - starting with a letter or digit');
    }
    if (roles.length === 0) problems.push(`at least one role is required (${ROLES.join(', ')})`);
    for (const role of roles)
      if (!isRole(role)) problems.push(`role "${role}" is not one of ${ROLES.join(', ')}`);
    if (password.length < MIN_PASSWORD_LENGTH) {
      problems.push(`password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    if (problems.length > 0) throw new Error(problems.join('; '));
    const account: LocalAccount = {
      username,
      roles: [...new Set(roles as Role[])],
      passwordHash: await this.hasher.hash(password),
      createdAt: this.now().toISOString(),
    };
    await this.accounts.save(account);
    return account;
  }
}
