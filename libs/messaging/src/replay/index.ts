export * from './replay-batch.model';
export * from './replay-plan';
export * from './replay-kafka-topic';
export * from './replay-ndjson-file';
export * from './replay-output.publisher';
