import { Type, type Static } from '@sinclair/typebox';
import { defineConfigSection, type ConfigProblem } from '@salw/config';
import { ApiKeyRegistry } from '../api-key/api-key.registry';

export const AuthConfigSchema = Type.Object(
  {
    jwtIssuer: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    jwtAudience: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    /** HS256 shared secret; at least 32 bytes, as RFC 7518 asks of an HMAC key for SHA-256. */
    jwtHs256Secret: Type.Optional(Type.String({ minLength: 32 })),
    jwtJwksUrl: Type.Optional(Type.String({ pattern: '^https?://\\S+$' })),
    /** `name:role:sha256hex` entries; a client with several roles is listed once per role. */
    apiKeys: Type.Array(Type.String({ minLength: 1 }), { default: [] }),
    sessionTtlMinutes: Type.Integer({ minimum: 5, maximum: 24 * 60, default: 12 * 60 }),
    /** Off only for plain-HTTP development on localhost: browsers drop Secure cookies sent over http. */
    cookieSecure: Type.Boolean({ default: true }),
    signInMaxAttempts: Type.Integer({ minimum: 1, maximum: 1000, default: 5 }),
    signInWindowSeconds: Type.Integer({ minimum: 1, maximum: 86_400, default: 300 }),
  },
  { additionalProperties: false },
);

export type AuthConfig = Static<typeof AuthConfigSchema>;

function authCrossCheck(config: AuthConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const verifiesJwt = config.jwtHs256Secret !== undefined || config.jwtJwksUrl !== undefined;
  if (config.jwtHs256Secret !== undefined && config.jwtJwksUrl !== undefined) {
    problems.push({
      variable: 'AUTH_JWT_JWKS_URL',
      message: 'must not be set together with AUTH_JWT_HS256_SECRET: choose one way to verify tokens',
    });
  }
  // A token checked without issuer and audience would be accepted from any service sharing the key.
  if (verifiesJwt && config.jwtIssuer === undefined) {
    problems.push({ variable: 'AUTH_JWT_ISSUER', message: 'is required when JWTs are verified' });
  }
  if (verifiesJwt && config.jwtAudience === undefined) {
    problems.push({ variable: 'AUTH_JWT_AUDIENCE', message: 'is required when JWTs are verified' });
  }
  for (const problem of ApiKeyRegistry.parse(config.apiKeys).problems) {
    problems.push({ variable: 'AUTH_API_KEYS', message: problem });
  }
  return problems;
}

/** Bearer JWTs, service API keys, and the console's session cookies and sign-in limits. */
export const authConfig = defineConfigSection({
  name: 'auth',
  schema: AuthConfigSchema,
  env: {
    AUTH_JWT_ISSUER: { field: 'jwtIssuer', kind: 'string', expect: 'the issuer (iss) tokens must carry' },
    AUTH_JWT_AUDIENCE: {
      field: 'jwtAudience',
      kind: 'string',
      expect: 'the audience (aud) tokens must carry',
    },
    AUTH_JWT_HS256_SECRET: {
      field: 'jwtHs256Secret',
      kind: 'string',
      expect: 'an HS256 secret of at least 32 characters',
      secret: 'full',
    },
    AUTH_JWT_JWKS_URL: {
      field: 'jwtJwksUrl',
      kind: 'string',
      expect: 'the http(s) URL of the identity provider JWKS',
    },
    AUTH_API_KEYS: {
      field: 'apiKeys',
      kind: 'list',
      expect: 'a comma-separated list of name:role:sha256hex',
      secret: 'full',
    },
    AUTH_SESSION_TTL_MINUTES: {
      field: 'sessionTtlMinutes',
      kind: 'integer',
      expect: 'minutes (5-1440) a console session lasts',
    },
    AUTH_COOKIE_SECURE: { field: 'cookieSecure', kind: 'boolean', expect: 'true or false' },
    AUTH_SIGN_IN_MAX_ATTEMPTS: {
      field: 'signInMaxAttempts',
      kind: 'integer',
      expect: 'failed sign-ins (1-1000) allowed per account and per address in one window',
    },
    AUTH_SIGN_IN_WINDOW_SECONDS: {
      field: 'signInWindowSeconds',
      kind: 'integer',
      expect: 'seconds (1-86400) of the sign-in rate-limit window',
    },
  },
  crossCheck: authCrossCheck,
});
