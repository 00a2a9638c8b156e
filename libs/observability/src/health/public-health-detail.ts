import { TimeoutError } from './with-timeout';

/** Values that cannot carry an error text: identifiers, states, topic names (no spaces, short). */
const SAFE_TEXT = /^[A-Za-z0-9_.:/-]{1,64}$/;

/**
 * What `/health/ready` may show about a failing component, to anyone who can reach it: which kind of
 * problem, never a client library's error text (host names, addresses, credentials in URLs, stack
 * fragments). The full error goes to the component's own logs.
 */
export function problemOf(error: unknown): { problem: 'timeout' | 'unavailable' } {
  return { problem: error instanceof TimeoutError ? 'timeout' : 'unavailable' };
}

/** A readiness check's detail as shown when it is down: numbers, booleans and short identifiers only. */
export function publicDetail(detail: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(detail ?? {})) {
    if (typeof value === 'number' || typeof value === 'boolean') shown[name] = value;
    else if (typeof value === 'string' && SAFE_TEXT.test(value)) shown[name] = value;
  }
  return shown;
}
