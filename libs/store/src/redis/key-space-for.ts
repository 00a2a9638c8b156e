import { parseRedisUrl, type RedisConfig } from '@salw/config';
import { KeySpace } from './key-space';
import type { ReplicaAcknowledgement } from './await-replicas';

/** The key layout for the configured Redis: hash-tagged on a Cluster, the historic names elsewhere. */
export function keySpaceFor(config: RedisConfig): KeySpace {
  return new KeySpace(config.keyPrefix, { hashTags: parseRedisUrl(config.url).kind === 'cluster' });
}

/** The replica acknowledgement ledger writes wait for (REDIS_WAIT_REPLICAS), or none. */
export function replicaAcknowledgementFor(config: RedisConfig): ReplicaAcknowledgement | undefined {
  return config.waitReplicas > 0
    ? { replicas: config.waitReplicas, timeoutMs: config.waitTimeoutMs }
    : undefined;
}
