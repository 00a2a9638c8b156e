import type { Role } from '../roles/role';

/** A signed-in console user. The CSRF token is the synchronizer token state-changing requests must echo. */
export interface Session {
  readonly username: string;
  readonly roles: readonly Role[];
  readonly csrfToken: string;
  readonly createdAt: string;
}

/** Sessions by their secret id; the id itself never leaves the cookie. */
export interface SessionStore {
  create(id: string, session: Session, ttlSeconds: number): Promise<void>;
  find(id: string): Promise<Session | undefined>;
  delete(id: string): Promise<void>;
}
