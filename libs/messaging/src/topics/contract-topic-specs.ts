import { topicNames, type TopicRole } from '@salw/contracts/topics/topics.constants';
import type { TopicSpec } from './topic-spec';

const DAY_MS = 24 * 60 * 60 * 1000;
const MIB = 1024 * 1024;

/**
 * Declarations carry the fan-out (screener replicas in one consumer group), so they get the most
 * partitions. Results, alerts and outcomes are read by fewer, lighter consumers. The DLQ is rare and
 * read by people, where one partition keeps its order obvious. Same counts as the local stack's plan
 * (deploy/local/local-topics.config.ts), so provisioning on a local broker finds nothing short.
 */
export const DEFAULT_TOPIC_PARTITIONS: Readonly<Record<TopicRole, number>> = Object.freeze({
  declarations: 6,
  declarationsDlq: 1,
  screeningResults: 3,
  alerts: 3,
  alertOutcomes: 3,
});

/**
 * Every contract topic states its record size limit instead of inheriting the broker's (≈1 MiB, and
 * whatever a site set). The contract refuses a declaration over 1 MiB by dead-lettering it, which
 * needs the broker to accept it first: declarations take 2 MiB. The DLQ adds room for the x-dlq-*
 * headers around the original bytes. Results and alerts are bounded by design (a fixed number of hits
 * per indicator, trimmed evidence) far below 2 MiB; the screener checks each output against the
 * topic's limit before sending and dead-letters the input of one that would not fit.
 */
export const MAX_MESSAGE_BYTES: Readonly<Record<TopicRole, number>> = Object.freeze({
  declarations: 2 * MIB,
  declarationsDlq: 2 * MIB + 64 * 1024,
  screeningResults: 2 * MIB,
  alerts: 2 * MIB,
  alertOutcomes: 1 * MIB,
});

const RETENTION_MS: Readonly<Record<TopicRole, number>> = Object.freeze({
  declarations: 7 * DAY_MS,
  // Dead letters wait for a person; results are the audit trail and outlive the declarations.
  declarationsDlq: 30 * DAY_MS,
  screeningResults: 90 * DAY_MS,
  alerts: 90 * DAY_MS,
  alertOutcomes: 365 * DAY_MS,
});

export interface ContractTopicOptions {
  /** Deployment prefix (`KAFKA_TOPIC_PREFIX`), e.g. `"site-a."`. */
  readonly prefix?: string;
  readonly partitions?: Partial<Record<TopicRole, number>>;
  /** 1 for the local single broker; 3 in production. */
  readonly replicationFactor?: number;
}

/** The five contract topics as provisioning specs, in the order of `TOPICS`. */
export function contractTopicSpecs(options: ContractTopicOptions = {}): TopicSpec[] {
  const replicationFactor = options.replicationFactor ?? 1;
  if (!Number.isInteger(replicationFactor) || replicationFactor < 1) {
    throw new RangeError(`replicationFactor must be an integer >= 1 (got ${replicationFactor})`);
  }
  const names = topicNames(options.prefix ?? '');
  // With 3 replicas, acks=all then survives one broker down while still refusing a write held by one copy only.
  const minInSyncReplicas = replicationFactor >= 3 ? 2 : 1;

  return (Object.keys(names) as TopicRole[]).map((role) => {
    const numPartitions = options.partitions?.[role] ?? DEFAULT_TOPIC_PARTITIONS[role];
    if (!Number.isInteger(numPartitions) || numPartitions < 1) {
      throw new RangeError(`partitions.${role} must be an integer >= 1 (got ${numPartitions})`);
    }
    const config: Record<string, string> = {
      'cleanup.policy': 'delete',
      'retention.ms': String(RETENTION_MS[role]),
      'min.insync.replicas': String(minInSyncReplicas),
      'max.message.bytes': String(MAX_MESSAGE_BYTES[role]),
    };
    return { topic: names[role], numPartitions, replicationFactor, config };
  });
}
