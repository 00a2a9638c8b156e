import type { Role } from './role';

/** How a caller proved who they are. */
export type AuthenticationMethod = 'jwt' | 'api-key' | 'session';

/** The caller of a request once authenticated: the subject is what history and outcomes record. */
export interface Principal {
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly method: AuthenticationMethod;
}
