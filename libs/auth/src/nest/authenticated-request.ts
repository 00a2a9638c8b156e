import type { Principal } from '../roles/principal';
import type { Session } from '../session/session';

/** What the guard adds to an express request. */
export interface AuthenticatedRequest {
  readonly method: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly ip?: string;
  principal?: Principal;
  session?: Session;
}
