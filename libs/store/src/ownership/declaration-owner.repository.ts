import type { RedisConnection } from '../redis/redis-connection';
import type { KeySpace } from '../redis/key-space';
import { groupBySlot } from '../redis/cluster-slot';

/** As long as the screening ledger remembers a declaration: past that, both forget it together. */
export const DECLARATION_OWNER_TTL_SECONDS = 90 * 24 * 60 * 60;

export interface OwnerClaim {
  readonly declarationId: string;
  /** The API client's name (never its key). */
  readonly client: string;
}

/**
 * Binds each declaration id to the first API client that submits it (`SET NX`), so another client
 * cannot send versions of a declaration it did not lodge and decide how it is screened.
 */
export class DeclarationOwnerRepository {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
    private readonly ttlSeconds = DECLARATION_OWNER_TTL_SECONDS,
  ) {}

  /**
   * Claims every id in one round trip. Per claim: undefined when the client owns the id (now or
   * already), or the name of the client that owns it. Throws when Redis does not answer.
   */
  async claim(claims: readonly OwnerClaim[]): Promise<Array<string | undefined>> {
    if (claims.length === 0) return [];
    const keys = claims.map(({ declarationId }) => this.keys.declarationOwner(declarationId));
    const replies: Array<[Error | null, unknown]> = [];
    // One pipeline per slot on a Cluster (a pipeline may not span nodes), one in all elsewhere.
    await Promise.all(
      groupBySlot(this.redis, keys).map(async (group) => {
        const pipeline = this.redis.pipeline();
        // SET ... NX GET answers the value that was there (nil when this call set it): one command per claim, no race.
        for (const i of group)
          pipeline.set(
            keys[i] as string,
            (claims[i] as OwnerClaim).client,
            'EX',
            this.ttlSeconds,
            'NX',
            'GET',
          );
        const answers = (await pipeline.exec()) ?? [];
        group.forEach((i, at) => {
          if (answers[at]) replies[i] = answers[at];
        });
      }),
    );
    return claims.map((claim, i) => {
      const [error, previous] = replies[i] ?? [new Error('no reply from Redis')];
      if (error) throw error;
      return previous === null || previous === claim.client ? undefined : String(previous);
    });
  }
}
