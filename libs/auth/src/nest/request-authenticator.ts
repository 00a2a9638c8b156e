import { timingSafeEqual } from 'node:crypto';
import type { ApiKeyRegistry } from '../api-key/api-key.registry';
import type { JwtVerifier } from '../jwt/jwt-verifier';
import type { Principal } from '../roles/principal';
import type { Session, SessionStore } from '../session/session';
import { API_KEY_HEADER, CSRF_HEADER } from './auth.constants';
import type { AuthenticatedRequest } from './authenticated-request';
import { readCookie } from './read-cookie';

export type Authentication =
  | { readonly kind: 'authenticated'; readonly principal: Principal; readonly session?: Session }
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'rejected'; readonly status: 401 | 403; readonly message: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function header(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Finds out who sent a request, by the first credential present: a bearer JWT, an API key, or the
 * console's session cookie. Only the cookie is sent by the browser on its own, so only a
 * cookie-authenticated request that changes state must also carry the session's CSRF token
 * (synchronizer pattern: a forged cross-site request cannot read it).
 */
export class RequestAuthenticator {
  constructor(
    private readonly jwt: JwtVerifier | undefined,
    private readonly apiKeys: ApiKeyRegistry,
    private readonly sessions: SessionStore,
    private readonly cookieName: string,
  ) {}

  async authenticate(request: AuthenticatedRequest): Promise<Authentication> {
    const authorization = header(request, 'authorization');
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match || !this.jwt)
        return { kind: 'rejected', status: 401, message: 'unsupported Authorization header' };
      const principal = await this.jwt.verify(match[1]);
      return principal
        ? { kind: 'authenticated', principal }
        : { kind: 'rejected', status: 401, message: 'invalid or expired bearer token' };
    }
    const apiKey = header(request, API_KEY_HEADER);
    if (apiKey !== undefined) {
      const principal = this.apiKeys.authenticate(apiKey);
      return principal
        ? { kind: 'authenticated', principal }
        : { kind: 'rejected', status: 401, message: 'unknown API key' };
    }
    const sessionId = readCookie(request.headers['cookie'], this.cookieName);
    if (sessionId === undefined) return { kind: 'anonymous' };
    const session = await this.sessions.find(sessionId);
    if (!session) return { kind: 'rejected', status: 401, message: 'session expired or signed out' };
    if (!SAFE_METHODS.has(request.method.toUpperCase())) {
      const presented = header(request, CSRF_HEADER);
      if (presented === undefined || !sameToken(presented, session.csrfToken)) {
        return { kind: 'rejected', status: 403, message: `missing or wrong ${CSRF_HEADER} header` };
      }
    }
    return {
      kind: 'authenticated',
      principal: { subject: session.username, roles: session.roles, method: 'session' },
      session,
    };
  }
}
