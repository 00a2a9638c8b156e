/**
 * Experiment switch, loaded into the screener with `--screener-import tests/bench/pipeline/kafka-overrides.preload.ts`:
 * merges `BENCH_CONSUMER_OVERRIDES` (JSON of kafkajs ConsumerConfig fields such as maxBytesPerPartition,
 * minBytes, maxWaitTimeInMs) into every consumer, and `BENCH_TRANSACTIONAL_PRODUCER_OVERRIDES` (JSON of
 * ProducerConfig fields, e.g. `{"retry":{"initialRetryTime":10}}`) into every transactional producer the
 * process creates. It lets the benchmark try settings the screener does not expose, without editing the
 * screener; what helps goes to the lead as a concrete change.
 */
import { Kafka, type ConsumerConfig, type ProducerConfig } from 'kafkajs';

function overridesFrom<T>(variable: string): Partial<T> | undefined {
  const raw = process.env[variable];
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Partial<T>;
  } catch (error) {
    throw new Error(`${variable} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const consumerOverrides = overridesFrom<ConsumerConfig>('BENCH_CONSUMER_OVERRIDES');
if (consumerOverrides) {
  const original = Kafka.prototype.consumer;
  Kafka.prototype.consumer = function consumerWithOverrides(this: Kafka, config: ConsumerConfig) {
    return original.call(this, { ...config, ...consumerOverrides });
  };
}

const producerOverrides = overridesFrom<ProducerConfig>('BENCH_TRANSACTIONAL_PRODUCER_OVERRIDES');
if (producerOverrides) {
  const original = Kafka.prototype.producer;
  Kafka.prototype.producer = function producerWithOverrides(this: Kafka, config?: ProducerConfig) {
    return original.call(this, config?.transactionalId ? { ...config, ...producerOverrides } : config);
  };
}
