import { Partitioners, type ProducerConfig } from 'kafkajs';

/** The settings of every transactional producer of the product (the screener's batches, replayed jobs). */
export function transactionalProducerConfig(transactionalId: string): ProducerConfig {
  return {
    transactionalId,
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    transactionTimeout: 60_000,
    // Short first backoff, as the Java client uses for CONCURRENT_TRANSACTIONS right after a commit
    // (kafkajs's 300 ms default adds that to the latency of every such batch).
    retry: { initialRetryTime: 20, maxRetryTime: 10_000, factor: 0.2, multiplier: 2, retries: 10 },
    // Java-compatible murmur2 partitioning: results land where a Java client would put the same key.
    createPartitioner: Partitioners.DefaultPartitioner,
  };
}
