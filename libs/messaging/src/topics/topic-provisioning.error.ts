/** A topic exists with fewer partitions than the pipeline needs; Kafka never shrinks or grows one by itself. */
export interface PartitionShortfall {
  readonly topic: string;
  readonly actual: number;
  readonly required: number;
}

export class TopicProvisioningError extends Error {
  override readonly name = 'TopicProvisioningError';

  constructor(readonly shortfalls: readonly PartitionShortfall[]) {
    super(
      shortfalls
        .map(
          (s) =>
            `topic "${s.topic}" has ${s.actual} partition(s) but ${s.required} are required; ` +
            `add partitions (kafka-topics.sh --alter --topic ${s.topic} --partitions ${s.required}) ` +
            `or configure fewer. Note that adding partitions moves keys to new partitions.`,
        )
        .join('\n'),
    );
  }
}
