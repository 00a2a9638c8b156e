import { AccountAdminService } from '../accounts/account-admin.service';
import { PasswordHasher } from '../password/password-hasher';
import {
  InMemoryAccountStore,
  InMemoryAttemptLimiter,
  InMemorySessionStore,
} from '../testing/in-memory-auth-stores';
import { SignInService } from './sign-in.service';

describe('SignInService', () => {
  const hasher = new PasswordHasher({ N: 1024, r: 8, p: 1 });
  let accounts: InMemoryAccountStore;
  let sessions: InMemorySessionStore;
  let service: SignInService;

  beforeEach(async () => {
    accounts = new InMemoryAccountStore();
    sessions = new InMemorySessionStore();
    service = new SignInService(accounts, sessions, hasher, new InMemoryAttemptLimiter(3), 3600);
    await new AccountAdminService(accounts, hasher).createOrReplace('ada', ['officer'], 'a long password 1');
  });

  it('opens a session with a CSRF token for the right password', async () => {
    const result = await service.signIn('ada', 'a long password 1', '10.0.0.1');
    expect(result.kind).toBe('signed-in');
    if (result.kind !== 'signed-in') return;
    expect(result.session).toMatchObject({ username: 'ada', roles: ['officer'] });
    expect(result.session.csrfToken.length).toBeGreaterThanOrEqual(40);
    expect(sessions.sessions.get(result.sessionId)).toEqual(result.session);
  });

  it('says the same for an unknown account and a wrong password', async () => {
    await expect(service.signIn('bob', 'whatever', '10.0.0.1')).resolves.toEqual({ kind: 'invalid' });
    await expect(service.signIn('ada', 'wrong', '10.0.0.2')).resolves.toEqual({ kind: 'invalid' });
  });

  it('refuses even the right password once an account had too many failures', async () => {
    for (let i = 0; i < 3; i++) await service.signIn('ada', 'wrong', `10.0.0.${i}`);
    await expect(service.signIn('ada', 'a long password 1', '10.0.0.9')).resolves.toEqual({
      kind: 'rate-limited',
    });
  });

  it('limits one address guessing across many accounts', async () => {
    for (const name of ['u1', 'u2', 'u3']) await service.signIn(name, 'x', '192.0.2.7');
    await expect(service.signIn('ada', 'a long password 1', '192.0.2.7')).resolves.toEqual({
      kind: 'rate-limited',
    });
  });

  it('account creation refuses short passwords, unknown roles and bad names, all at once', async () => {
    const admin = new AccountAdminService(accounts, hasher);
    await expect(admin.createOrReplace('Bad Name', ['pilot'], 'short')).rejects.toThrow(
      /username must be.*role "pilot".*at least 12/,
    );
  });
});
