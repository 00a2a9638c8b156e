import type { Principal } from '@salw/auth';

/** The audit's actor for an authenticated caller: the signed-in user, or `service:NAME` for an API key. */
export function actorOf(principal: Principal): string {
  return principal.subject;
}
