export type PresentedApiKey =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly problem: string };

type HeaderValue = string | string[] | undefined;

const BEARER = /^Bearer[ ]+(\S+)[ ]*$/i;

/** The key from `Authorization: Bearer <key>` or `X-API-Key: <key>`; both at once must agree. */
export function presentedApiKey(authorization: HeaderValue, xApiKey: HeaderValue): PresentedApiKey {
  if (Array.isArray(authorization) || Array.isArray(xApiKey)) {
    return { kind: 'invalid', problem: 'send the API key once, in one Authorization or X-API-Key header' };
  }
  let fromAuthorization: string | undefined;
  if (authorization !== undefined && authorization.length > 0) {
    const match = BEARER.exec(authorization);
    if (!match) return { kind: 'invalid', problem: 'the Authorization header must be "Bearer <api key>"' };
    fromAuthorization = match[1];
  }
  const fromHeader = xApiKey !== undefined && xApiKey.trim().length > 0 ? xApiKey.trim() : undefined;
  if (fromAuthorization !== undefined && fromHeader !== undefined && fromAuthorization !== fromHeader) {
    return {
      kind: 'invalid',
      problem: 'the Authorization and X-API-Key headers carry different keys; send one',
    };
  }
  const key = fromAuthorization ?? fromHeader;
  return key === undefined ? { kind: 'none' } : { kind: 'key', key };
}
