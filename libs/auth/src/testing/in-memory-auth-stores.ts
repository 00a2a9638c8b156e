import type { LocalAccount, LocalAccountStore } from '../accounts/local-account';
import type { AttemptLimiter } from '../rate-limit/attempt-limiter';
import type { Session, SessionStore } from '../session/session';

/** Map-backed stores with the same behaviour as the Redis ones, for unit specs. */
export class InMemoryAccountStore implements LocalAccountStore {
  readonly accounts = new Map<string, LocalAccount>();
  async find(username: string) {
    return this.accounts.get(username);
  }
  async save(account: LocalAccount) {
    this.accounts.set(account.username, account);
  }
}

export class InMemorySessionStore implements SessionStore {
  readonly sessions = new Map<string, Session>();
  async create(id: string, session: Session, _ttlSeconds?: number) {
    this.sessions.set(id, session);
  }
  async find(id: string) {
    return this.sessions.get(id);
  }
  async delete(id: string) {
    this.sessions.delete(id);
  }
}

export class InMemoryAttemptLimiter implements AttemptLimiter {
  readonly failures = new Map<string, number>();
  constructor(private readonly max: number) {}
  async allowed(key: string) {
    return (this.failures.get(key) ?? 0) < this.max;
  }
  async recordFailure(key: string) {
    this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
  }
  async reset(key: string) {
    this.failures.delete(key);
  }
}
