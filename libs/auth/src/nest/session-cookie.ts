/**
 * The session cookie's name: with Secure, the `__Host-` prefix makes browsers refuse it unless it
 * was set over HTTPS, for the whole host, without a Domain, so no sibling subdomain can plant one.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-salw_session' : 'salw_session';
}

export function sessionCookie(secure: boolean, value: string, maxAgeSeconds: number): string {
  return [
    `${sessionCookieName(secure)}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
