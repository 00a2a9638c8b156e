/**
 * Kafka topic names fixed by docs/contracts.md section 1. A deployment may put a common prefix
 * in front of all of them (`KAFKA_TOPIC_PREFIX`), never change the rest.
 */
export const TOPICS = {
  declarations: 'salw.declarations.v1',
  declarationsDlq: 'salw.declarations.dlq.v1',
  screeningResults: 'salw.screening-results.v1',
  alerts: 'salw.alerts.v1',
  alertOutcomes: 'salw.alert-outcomes.v1',
} as const;

export type TopicRole = keyof typeof TOPICS;
export type TopicNames = { readonly [R in TopicRole]: string };

/** The contract topic names with an optional deployment prefix (e.g. `"site-a."`). */
export function topicNames(prefix = ''): TopicNames {
  const entries = Object.entries(TOPICS).map(([role, name]) => [role, `${prefix}${name}`]);
  return Object.freeze(Object.fromEntries(entries)) as TopicNames;
}

/** Headers a dead letter carries on `salw.declarations.dlq.v1` (docs/contracts.md section 1). */
export const DLQ_HEADERS = {
  reason: 'x-dlq-reason',
  detail: 'x-dlq-detail',
  sourceTopic: 'x-dlq-source-topic',
  sourcePartition: 'x-dlq-source-partition',
  sourceOffset: 'x-dlq-source-offset',
} as const;
