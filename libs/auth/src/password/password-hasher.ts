import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

function scryptAsync(
  password: string,
  salt: Buffer,
  length: number,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

const KEY_LENGTH = 32;

/**
 * scrypt with the cost parameters stored beside the hash (`scrypt$N$r$p$salt$hash`, base64url), so
 * stronger parameters can be introduced without invalidating existing accounts.
 * N=2^15, r=8 (32 MiB per hash) is OWASP's recommended minimum for scrypt.
 */
export class PasswordHasher {
  constructor(private readonly cost: { N: number; r: number; p: number } = { N: 2 ** 15, r: 8, p: 1 }) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const { N, r, p } = this.cost;
    const key = await scryptAsync(password, salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r });
    return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const parts = stored.split('$');
    if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
    const [N, r, p] = parts.slice(1, 4).map(Number);
    if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
    const expected = Buffer.from(parts[5], 'base64url');
    const key = await scryptAsync(password, Buffer.from(parts[4], 'base64url'), expected.length, {
      N,
      r,
      p,
      maxmem: 256 * N * r,
    });
    return key.length === expected.length && timingSafeEqual(key, expected);
  }
}
