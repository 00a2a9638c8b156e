import type { Cluster, Redis } from 'ioredis';
import type { AttemptLimiter } from './attempt-limiter';

/**
 * Fixed-window failure counter in Redis, shared by every replica, so spreading guesses over replicas
 * gains nothing. The window starts at the first failure (INCR then EXPIRE NX).
 */
export class RedisAttemptLimiter implements AttemptLimiter {
  constructor(
    private readonly redis: Redis | Cluster,
    private readonly keyPrefix: string,
    private readonly maxFailures: number,
    private readonly windowSeconds: number,
  ) {}

  async allowed(key: string): Promise<boolean> {
    const count = Number((await this.redis.get(this.key(key))) ?? 0);
    return count < this.maxFailures;
  }

  async recordFailure(key: string): Promise<void> {
    await this.redis.multi().incr(this.key(key)).expire(this.key(key), this.windowSeconds, 'NX').exec();
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.key(key));
  }

  private key(key: string): string {
    return `${this.keyPrefix}auth:sign-in-failures:${key}`;
  }
}
