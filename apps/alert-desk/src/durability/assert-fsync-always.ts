import { Cluster } from 'ioredis';
import type Redis from 'ioredis';
import type { RedisConnection } from '@salw/store';

export class RedisNotDurableError extends Error {
  override readonly name = 'RedisNotDurableError';
}

/**
 * The desk keeps officers' actions in Redis only, so it needs Redis to write every command to its
 * append-only file and fsync it before replying (`appendonly yes`, `appendfsync always`). Checked at
 * start; a Redis that hides CONFIG (some managed services) must be vouched for by the operator with
 * ALERT_DESK_REQUIRE_FSYNC_ALWAYS=false.
 */
export async function assertFsyncAlways(connection: RedisConnection): Promise<void> {
  // On a Cluster every master holds part of the worklist (one slot, but a failover moves it): each
  // must persist every write.
  const nodes: Redis[] = connection instanceof Cluster ? connection.nodes('master') : [connection];
  for (const node of nodes) await assertNodeFsyncAlways(node);
}

async function assertNodeFsyncAlways(redis: Redis): Promise<void> {
  let appendonly: string | undefined;
  let appendfsync: string | undefined;
  try {
    appendonly = ((await redis.config('GET', 'appendonly')) as string[])[1];
    appendfsync = ((await redis.config('GET', 'appendfsync')) as string[])[1];
  } catch (error) {
    throw new RedisNotDurableError(
      `cannot read the Redis persistence settings (${error instanceof Error ? error.message : String(error)}); ` +
        'make sure appendonly=yes and appendfsync=always, then set ALERT_DESK_REQUIRE_FSYNC_ALWAYS=false',
    );
  }
  if (appendonly !== 'yes' || appendfsync !== 'always') {
    throw new RedisNotDurableError(
      `Redis runs with appendonly=${appendonly} appendfsync=${appendfsync}: an acknowledged claim or outcome could be lost ` +
        'in a crash. Configure appendonly yes and appendfsync always (or, for a throw-away development Redis only, ' +
        'set ALERT_DESK_REQUIRE_FSYNC_ALWAYS=false)',
    );
  }
}
