import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';

/**
 * Proves the local Redis (deploy/local/stack.sh) answers reads, writes and expiry. Every key lives
 * under a prefix unique to this run, so parallel runs and other engineers' data are never touched.
 */
const prefix = `it:stack:${Date.now()}:${randomUUID().slice(0, 8)}:`;
let redis: Redis;

async function keysUnderPrefix(): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 200);
    found.push(...keys);
    cursor = next;
  } while (cursor !== '0');
  return found;
}

beforeAll(() => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 2 });
});

afterAll(async () => {
  const leftovers = await keysUnderPrefix();
  if (leftovers.length > 0) await redis.del(...leftovers);
  await redis.quit();
});

describe('the local Redis', () => {
  it('returns what was written under a key', async () => {
    await redis.set(`${prefix}greeting`, 'hello customs');

    expect(await redis.get(`${prefix}greeting`)).toBe('hello customs');
  });

  it('answers null for a key that was never written', async () => {
    expect(await redis.get(`${prefix}never-written`)).toBeNull();
  });

  it('keeps a key with a time to live until it expires, then forgets it', async () => {
    const key = `${prefix}short-lived`;
    await redis.set(key, 'soon gone', 'PX', 300);

    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
    expect(await redis.get(key)).toBe('soon gone');

    const deadline = Date.now() + 5_000;
    while ((await redis.exists(key)) === 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await redis.exists(key)).toBe(0);
  });

  it('applies EXPIRE to a key that had no time to live', async () => {
    const key = `${prefix}made-mortal`;
    await redis.set(key, 'value');
    expect(await redis.ttl(key)).toBe(-1);

    expect(await redis.expire(key, 60)).toBe(1);

    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(55);
    expect(ttl).toBeLessThanOrEqual(60);
  });
});
