import { createHash } from 'node:crypto';
import { ApiKeyRegistry } from '../api-key/api-key.registry';
import { InMemorySessionStore } from '../testing/in-memory-auth-stores';
import type { AuthenticatedRequest } from './authenticated-request';
import { RequestAuthenticator } from './request-authenticator';

const apiKeys = ApiKeyRegistry.parse([
  `screener:analyst:${createHash('sha256').update('svc-key').digest('hex')}`,
]).registry!;

function request(method: string, headers: Record<string, string>): AuthenticatedRequest {
  return { method, headers };
}

describe('RequestAuthenticator', () => {
  const sessions = new InMemorySessionStore();
  const authenticator = new RequestAuthenticator(undefined, apiKeys, sessions, 'salw_session');

  beforeAll(async () => {
    await sessions.create(
      'sid-1',
      { username: 'ada', roles: ['officer'], csrfToken: 'csrf-1', createdAt: '' },
      60,
    );
  });

  it('is anonymous without any credential', async () => {
    await expect(authenticator.authenticate(request('GET', {}))).resolves.toEqual({ kind: 'anonymous' });
  });

  it('reads a session cookie for a safe request without a CSRF token', async () => {
    const result = await authenticator.authenticate(request('GET', { cookie: 'x=1; salw_session=sid-1' }));
    expect(result).toMatchObject({ kind: 'authenticated', principal: { subject: 'ada', method: 'session' } });
  });

  it('refuses a state-changing cookie request without the session CSRF token', async () => {
    const result = await authenticator.authenticate(request('POST', { cookie: 'salw_session=sid-1' }));
    expect(result).toMatchObject({ kind: 'rejected', status: 403 });
    const wrong = await authenticator.authenticate(
      request('POST', { cookie: 'salw_session=sid-1', 'x-csrf-token': 'csrf-2' }),
    );
    expect(wrong).toMatchObject({ kind: 'rejected', status: 403 });
  });

  it('accepts a state-changing cookie request that echoes the CSRF token', async () => {
    const result = await authenticator.authenticate(
      request('POST', { cookie: 'salw_session=sid-1', 'x-csrf-token': 'csrf-1' }),
    );
    expect(result.kind).toBe('authenticated');
  });

  it('refuses an unknown session and an unknown API key with 401', async () => {
    await expect(
      authenticator.authenticate(request('GET', { cookie: 'salw_session=nope' })),
    ).resolves.toMatchObject({
      status: 401,
    });
    await expect(authenticator.authenticate(request('GET', { 'x-api-key': 'nope' }))).resolves.toMatchObject({
      status: 401,
    });
  });

  it('needs no CSRF token from an API key, which a browser never sends by itself', async () => {
    const result = await authenticator.authenticate(request('POST', { 'x-api-key': 'svc-key' }));
    expect(result).toMatchObject({ kind: 'authenticated', principal: { subject: 'service:screener' } });
  });

  it('refuses a bearer token when no JWT verification is configured', async () => {
    await expect(
      authenticator.authenticate(request('GET', { authorization: 'Bearer abc.def.ghi' })),
    ).resolves.toMatchObject({ kind: 'rejected', status: 401 });
  });
});
