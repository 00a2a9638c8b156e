/** Injection token of the process' kafkajs `Kafka` client. */
export const KAFKA_CLIENT = 'salw.messaging.kafka-client';
