import type Redis from 'ioredis';

/** Deletes every key a bench wrote under its own prefix (never anything else on the shared Redis). */
export async function deleteBenchKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (found.length) await redis.del(...found);
    cursor = next;
  } while (cursor !== '0');
}
