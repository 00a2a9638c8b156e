/**
 * Log fields pino replaces by `[REDACTED]`: credentials in request headers, config objects and
 * errors. Paths are exact keys at the top level and one or two levels down (pino wildcards cover
 * one level each); anything deeper must not be logged as a whole object in the first place.
 */
const SECRET_KEYS = [
  'password',
  'passwd',
  'secret',
  'apiKey',
  'api_key',
  'accessToken',
  'refreshToken',
  'saslPassword',
  'authorization',
  'cookie',
  '"x-api-key"',
  '"set-cookie"',
];

function keyPath(prefix: string, key: string): string {
  return key.startsWith('"') ? `${prefix}[${key}]` : `${prefix}.${key}`;
}

export const REDACT_PATHS: readonly string[] = Object.freeze([
  ...SECRET_KEYS.filter((key) => !key.startsWith('"')),
  ...SECRET_KEYS.map((key) => keyPath('*', key)),
  ...SECRET_KEYS.map((key) => keyPath('*.*', key)),
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'sasl.password',
  '*.sasl.password',
]);

export const REDACTED = '[REDACTED]';
