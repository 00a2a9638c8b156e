import type { Principal } from '@salw/auth';

/** The audit's actor for an authenticated caller: the user, or `key:NAME` for an API key. */
export function actorOf(principal: Principal): string {
  return principal.method === 'api-key' ? `key:${principal.subject}` : principal.subject;
}
