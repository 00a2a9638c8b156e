/** What a topic must look like; `provisionTopics` makes the cluster match it. */
export interface TopicSpec {
  readonly topic: string;
  readonly numPartitions: number;
  readonly replicationFactor: number;
  /** Topic-level broker settings (`retention.ms`, `min.insync.replicas`...), all as strings like Kafka takes them. */
  readonly config: Readonly<Record<string, string>>;
}
