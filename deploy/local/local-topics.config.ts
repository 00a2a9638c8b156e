import { TOPICS, type TopicRole } from '@salw/contracts/topics/topics.constants';
import { DEFAULT_TOPIC_PARTITIONS } from '@salw/messaging/topics/contract-topic-specs';

/** `declarationsDlq` -> `SALW_TOPIC_PARTITIONS_DECLARATIONS_DLQ` */
export function partitionsVariable(role: TopicRole): string {
  return `SALW_TOPIC_PARTITIONS_${role.replace(/([A-Z])/g, '_$1').toUpperCase()}`;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/**
 * Partition counts for the local broker: the contract plan of libs/messaging
 * (`DEFAULT_TOPIC_PARTITIONS`), overridden per topic by `SALW_TOPIC_PARTITIONS_<ROLE>`, or for all
 * but the declarations topic by `SALW_TOPIC_PARTITIONS_DEFAULT`.
 */
export function localPartitionsFromEnv(env: NodeJS.ProcessEnv): Record<TopicRole, number> {
  const fallback = positiveInteger(env, 'SALW_TOPIC_PARTITIONS_DEFAULT');
  const plan = {} as Record<TopicRole, number>;
  for (const role of Object.keys(TOPICS) as TopicRole[]) {
    const base =
      role === 'declarations' ? DEFAULT_TOPIC_PARTITIONS[role] : (fallback ?? DEFAULT_TOPIC_PARTITIONS[role]);
    plan[role] = positiveInteger(env, partitionsVariable(role)) ?? base;
  }
  return plan;
}
