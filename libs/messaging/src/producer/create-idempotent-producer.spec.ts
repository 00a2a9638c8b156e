import type { Kafka, ProducerConfig } from 'kafkajs';
import { createIdempotentProducer } from './create-idempotent-producer';

describe('createIdempotentProducer', () => {
  it('asks kafkajs for an idempotent producer with one request in flight and no topic auto-creation', () => {
    let received: ProducerConfig | undefined;
    const kafka = { producer: (config: ProducerConfig) => ((received = config), {}) } as unknown as Kafka;
    createIdempotentProducer(kafka);
    expect(received).toMatchObject({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    expect(received?.createPartitioner).toBeDefined();
    expect(received).not.toHaveProperty('retry');
  });
});
