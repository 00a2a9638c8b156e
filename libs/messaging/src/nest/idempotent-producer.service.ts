import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import { createIdempotentProducer } from '../producer/create-idempotent-producer';
import { KAFKA_CLIENT } from './messaging.constants';

/** The app's idempotent producer: connected before the app serves, disconnected (flushed) on shutdown. */
@Injectable()
export class IdempotentProducerService implements OnModuleInit, OnModuleDestroy {
  readonly producer: Producer;

  constructor(@Inject(KAFKA_CLIENT) kafka: Kafka) {
    this.producer = createIdempotentProducer(kafka);
  }

  async onModuleInit(): Promise<void> {
    await this.producer.connect();
  }

  async onModuleDestroy(): Promise<void> {
    await this.producer.disconnect();
  }
}
