import { KafkaKit, runId, testKafka } from '../../support/kafka-kit';

/**
 * The client and topic names of one run of a transactional spec, unique to the run (`it.NAME.RUN.in`,
 * `.out`, `.dlq`) so that specs running at once on the shared broker never meet.
 */
export function transactionalRun(name: string) {
  const id = runId();
  const kafka = testKafka(`it-${name}-${id}`);
  return {
    id,
    kafka,
    kit: new KafkaKit(kafka),
    input: `it.${name}.${id}.in`,
    output: `it.${name}.${id}.out`,
    dlq: `it.${name}.${id}.dlq`,
    /** What a TransactionalBatchConsumer of this run is given: its group, its topics and its transactional ids. */
    consumerOptions: {
      groupId: `it-${name}-group-${id}`,
      inputTopic: `it.${name}.${id}.in`,
      dlqTopic: `it.${name}.${id}.dlq`,
      transactionalIdPrefix: `it-${name}-${id}`,
    },
  };
}
