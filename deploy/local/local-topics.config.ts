import { TOPICS, TopicRole, topicNames } from '@salw/contracts/topics/topics.constants';

export interface LocalTopic {
  readonly role: TopicRole;
  readonly topic: string;
  readonly numPartitions: number;
}

/**
 * Declarations are the only topic with real fan-out (screener replicas in one consumer group),
 * so they get more partitions than the rest by default.
 */
const DEFAULT_PARTITIONS: Partial<Record<TopicRole, number>> = { declarations: 6 };
const FALLBACK_PARTITIONS = 3;

/** `declarationsDlq` -> `SALW_TOPIC_PARTITIONS_DECLARATIONS_DLQ` */
export function partitionsVariable(role: TopicRole): string {
  return `SALW_TOPIC_PARTITIONS_${role.replace(/([A-Z])/g, '_$1').toUpperCase()}`;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

/**
 * The contract topics the local stack provisions, with partition counts from the environment:
 * `SALW_TOPIC_PARTITIONS_<ROLE>` per topic, `SALW_TOPIC_PARTITIONS_DEFAULT` (3) for the others,
 * and the optional name prefix `KAFKA_TOPIC_PREFIX`.
 */
export function localTopicsFromEnv(env: NodeJS.ProcessEnv): LocalTopic[] {
  const names = topicNames(env.KAFKA_TOPIC_PREFIX ?? '');
  const fallback = positiveInteger(env, 'SALW_TOPIC_PARTITIONS_DEFAULT', FALLBACK_PARTITIONS);
  return (Object.keys(TOPICS) as TopicRole[]).map((role) => ({
    role,
    topic: names[role],
    numPartitions: positiveInteger(env, partitionsVariable(role), DEFAULT_PARTITIONS[role] ?? fallback),
  }));
}
