import { isCluster, type RedisConnection } from './redis-connection';

/** How many replicas must hold a write before it counts as done (REDIS_WAIT_REPLICAS), and how long to wait. */
export interface ReplicaAcknowledgement {
  readonly replicas: number;
  readonly timeoutMs: number;
}

/** A write that too few replicas acknowledged in time: the caller treats it as failed and retries it. */
export class ReplicaAcknowledgementError extends Error {
  override readonly name = 'ReplicaAcknowledgementError';
}

/**
 * WAIT for the connection's writes so far to reach `replicas` replicas. Redis replicates
 * asynchronously: a write the master acknowledged but no replica received is lost when a sentinel
 * promotes a replica. Failing here makes the caller write again (to the new master), so nothing it
 * went on from is lost; the writes must be idempotent. Not on a Cluster (configuration refuses it).
 */
export async function awaitReplicas(
  redis: RedisConnection,
  acknowledgement: ReplicaAcknowledgement,
  what: string,
): Promise<void> {
  if (acknowledgement.replicas <= 0 || isCluster(redis)) return;
  const acknowledged = await redis.wait(acknowledgement.replicas, acknowledgement.timeoutMs);
  if (acknowledged < acknowledgement.replicas)
    throw new ReplicaAcknowledgementError(
      `${what} write reached ${acknowledged} of ${acknowledgement.replicas} replicas within ${acknowledgement.timeoutMs} ms; it is retried`,
    );
}
