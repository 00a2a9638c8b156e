/* eslint-disable @typescript-eslint/no-explicit-any -- the console renders the desk's JSON as served; its shapes are typed and validated on the server */
// The console's calls to the desk: same origin, session cookie, CSRF token on every change.
export interface Me {
  subject: string;
  roles: string[];
  csrfToken?: string;
}

let csrfToken = '';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, (parsed && parsed.message) || response.statusText);
  return parsed as T;
}

export async function me(): Promise<Me | undefined> {
  try {
    const who = await call<Me>('GET', '/auth/me');
    csrfToken = who.csrfToken ?? '';
    return who;
  } catch {
    return undefined;
  }
}

export async function signIn(username: string, password: string): Promise<Me> {
  const result = await call<{ username: string; roles: string[]; csrfToken: string }>(
    'POST',
    '/auth/sign-in',
    { username, password },
  );
  csrfToken = result.csrfToken;
  return { subject: result.username, roles: result.roles, csrfToken: result.csrfToken };
}

export const signOut = () => call<void>('POST', '/auth/sign-out');
export const listAlerts = (query: string) => call<any>('GET', `/api/alerts?${query}`);
export const alertDetail = (id: string) => call<any>('GET', `/api/alerts/${encodeURIComponent(id)}`);
export const act = (id: string, action: string, body?: unknown) =>
  call<any>('POST', `/api/alerts/${encodeURIComponent(id)}/${action}`, body ?? {});
export const performance = () => call<any>('GET', '/api/performance');
