import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { isRole } from '../roles/role';
import type { Principal } from '../roles/principal';

export interface JwtVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly hs256Secret?: string;
  readonly jwksUrl?: string;
  /** Tolerated clock difference with the identity provider. */
  readonly clockToleranceSeconds?: number;
}

/**
 * Verifies bearer tokens of the administration's identity provider: signature (HS256 secret or the
 * provider's JWKS, RS/ES/PS algorithms), issuer, audience, expiry. Roles come from the `roles` claim;
 * unknown role names are ignored, so a token for another application grants nothing here.
 */
export class JwtVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(private readonly options: JwtVerifierOptions) {
    if (options.hs256Secret !== undefined) {
      this.key = new TextEncoder().encode(options.hs256Secret);
      this.algorithms = ['HS256'];
    } else if (options.jwksUrl !== undefined) {
      this.key = createRemoteJWKSet(new URL(options.jwksUrl));
      this.algorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];
    } else {
      throw new Error('JwtVerifier needs an HS256 secret or a JWKS URL');
    }
  }

  /** The principal of a valid token, or undefined for any invalid, expired or foreign one. */
  async verify(token: string): Promise<Principal | undefined> {
    try {
      const verifyOptions = {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: this.algorithms,
        clockTolerance: this.options.clockToleranceSeconds ?? 30,
        requiredClaims: ['sub', 'exp'],
      };
      const { payload } =
        this.key instanceof Uint8Array
          ? await jwtVerify(token, this.key, verifyOptions)
          : await jwtVerify(token, this.key, verifyOptions);
      const claimed = Array.isArray(payload['roles']) ? payload['roles'] : [];
      const roles = [...new Set(claimed.filter(isRole))];
      return { subject: String(payload.sub), roles, method: 'jwt' };
    } catch {
      return undefined;
    }
  }
}
