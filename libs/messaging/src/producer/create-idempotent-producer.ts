import { Partitioners, type Kafka, type Producer, type ProducerConfig } from 'kafkajs';

/**
 * Producer settings for exactly-once writes per partition.
 *
 * - `idempotent: true`: the broker de-duplicates retried batches by producer id + sequence number.
 * - acks: kafkajs refuses any send of an idempotent producer without `acks: -1` (all in-sync
 *   replicas); -1 is also its default, so callers must simply not pass another value.
 * - `maxInFlightRequests: 1`: the Java client allows up to 5 because it re-numbers sequences of
 *   in-flight batches after a failed one (KAFKA-5494). kafkajs 2.2.4 does not, its maintainers say so
 *   (tulios/kafkajs#980), and more than one in flight can end in OUT_OF_ORDER_SEQUENCE_NUMBER
 *   (tulios/kafkajs#598). Throughput comes from batching many messages per `send`, not from pipelining.
 * - retries are left to kafkajs: for an idempotent producer it retries without limit and warns if
 *   anyone caps it, since a capped retry can lose the ordering guarantee.
 * - `DefaultPartitioner` is the Java-compatible murmur2 one, so a declarationId lands on the same
 *   partition whichever client (Java clearance system or this one) produced it; passing it
 *   explicitly also silences kafkajs' partitioner-change warning.
 */
export const IDEMPOTENT_PRODUCER_CONFIG: Readonly<ProducerConfig> = Object.freeze({
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  createPartitioner: Partitioners.DefaultPartitioner,
});

/** An idempotent producer, not yet connected. */
export function createIdempotentProducer(
  kafka: Kafka,
  overrides: Pick<ProducerConfig, 'metadataMaxAge'> = {},
): Producer {
  return kafka.producer({ ...IDEMPOTENT_PRODUCER_CONFIG, ...overrides });
}
