import type { Cluster, Redis } from 'ioredis';
import type { LocalAccount, LocalAccountStore } from './local-account';

/** One JSON string per account under `<prefix>auth:account:<username>`. */
export class RedisLocalAccountStore implements LocalAccountStore {
  constructor(
    private readonly redis: Redis | Cluster,
    private readonly keyPrefix: string,
  ) {}

  async find(username: string): Promise<LocalAccount | undefined> {
    const raw = await this.redis.get(this.key(username));
    return raw === null ? undefined : (JSON.parse(raw) as LocalAccount);
  }

  async save(account: LocalAccount): Promise<void> {
    await this.redis.set(this.key(account.username), JSON.stringify(account));
  }

  private key(username: string): string {
    return `${this.keyPrefix}auth:account:${username}`;
  }
}
