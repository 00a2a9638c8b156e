import { SignJWT } from 'jose';
import { JwtVerifier } from './jwt-verifier';

const SECRET = 'a-test-secret-of-at-least-32-characters!!';
const verifier = new JwtVerifier({
  issuer: 'https://idp.example',
  audience: 'salw-desk',
  hs256Secret: SECRET,
});

function token(
  claims: Record<string, unknown>,
  options: { iss?: string; aud?: string; exp?: string; secret?: string } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('officer-17')
    .setIssuer(options.iss ?? 'https://idp.example')
    .setAudience(options.aud ?? 'salw-desk')
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '5m')
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}

describe('JwtVerifier', () => {
  it('accepts a token of the configured issuer and audience and keeps only known roles', async () => {
    const principal = await verifier.verify(await token({ roles: ['officer', 'pilot', 'officer'] }));
    expect(principal).toEqual({ subject: 'officer-17', roles: ['officer'], method: 'jwt' });
  });

  it.each([
    ['another issuer', { iss: 'https://evil.example' }],
    ['another audience', { aud: 'registry' }],
    ['an expired token', { exp: '-1m' }],
    ['another key', { secret: 'another-secret-of-at-least-32-characters' }],
  ])('refuses %s', async (_what, options) => {
    await expect(verifier.verify(await token({ roles: ['officer'] }, options))).resolves.toBeUndefined();
  });

  it('refuses an unsigned token (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({
        sub: 'x',
        iss: 'https://idp.example',
        aud: 'salw-desk',
        exp: 9_999_999_999,
        roles: ['admin'],
      }),
    ).toString('base64url');
    await expect(verifier.verify(`${header}.${body}.`)).resolves.toBeUndefined();
  });
});
