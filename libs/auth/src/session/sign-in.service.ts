import { randomBytes } from 'node:crypto';
import type { LocalAccountStore } from '../accounts/local-account';
import type { PasswordHasher } from '../password/password-hasher';
import type { AttemptLimiter } from '../rate-limit/attempt-limiter';
import type { Session, SessionStore } from './session';

export type SignInResult =
  | { readonly kind: 'signed-in'; readonly sessionId: string; readonly session: Session }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'rate-limited' };

/** A hash of a random password, verified when the account does not exist, so timing does not reveal user names. */
const UNKNOWN_ACCOUNT_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$x2y2Cdd8bFjv1gP4j3Gcr8u5rY3VQ2Vg6P1WmX8fGqE';

/**
 * Local sign-in for the console. Failures are counted per account and per client address; either
 * limit reached refuses further attempts (even correct ones) until the window ends.
 */
export class SignInService {
  constructor(
    private readonly accounts: LocalAccountStore,
    private readonly sessions: SessionStore,
    private readonly hasher: PasswordHasher,
    private readonly limiter: AttemptLimiter,
    private readonly sessionTtlSeconds: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async signIn(username: string, password: string, address: string): Promise<SignInResult> {
    const keys = [`account:${username.toLowerCase()}`, `address:${address}`];
    for (const key of keys) if (!(await this.limiter.allowed(key))) return { kind: 'rate-limited' };

    const account = await this.accounts.find(username.toLowerCase());
    const valid = await this.hasher.verify(password, account?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
    if (!account || !valid) {
      for (const key of keys) await this.limiter.recordFailure(key);
      return { kind: 'invalid' };
    }
    await this.limiter.reset(keys[0]);
    const sessionId = randomBytes(32).toString('base64url');
    const session: Session = {
      username: account.username,
      roles: account.roles,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: this.now().toISOString(),
    };
    await this.sessions.create(sessionId, session, this.sessionTtlSeconds);
    return { kind: 'signed-in', sessionId, session };
  }

  signOut(sessionId: string): Promise<void> {
    return this.sessions.delete(sessionId);
  }
}
