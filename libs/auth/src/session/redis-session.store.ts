import { createHash } from 'node:crypto';
import type { Cluster, Redis } from 'ioredis';
import type { Session, SessionStore } from './session';

/**
 * Keyed by the SHA-256 of the session id, so a copy of the Redis data (a backup, an AOF file) holds
 * no usable cookie. Expiry is Redis' own TTL.
 */
export class RedisSessionStore implements SessionStore {
  constructor(
    private readonly redis: Redis | Cluster,
    private readonly keyPrefix: string,
  ) {}

  async create(id: string, session: Session, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.key(id), JSON.stringify(session), 'EX', ttlSeconds);
  }

  async find(id: string): Promise<Session | undefined> {
    const raw = await this.redis.get(this.key(id));
    return raw === null ? undefined : (JSON.parse(raw) as Session);
  }

  async delete(id: string): Promise<void> {
    await this.redis.del(this.key(id));
  }

  private key(id: string): string {
    return `${this.keyPrefix}auth:session:${createHash('sha256').update(id).digest('hex')}`;
  }
}
