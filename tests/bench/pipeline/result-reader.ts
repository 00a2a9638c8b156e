import type { Consumer, Kafka } from 'kafkajs';
import type { PhaseTracker } from './phase-tracker';
import { pollUntil, wallClockMs } from './wall-clock';

/**
 * A read_committed reader of the results topic and the DLQ, as a downstream consumer sees them. It
 * hands each record to the phase that sent its declaration. Short fetch waits keep the reader's
 * own contribution to the measured latency small.
 */
export class ResultReader {
  private readonly phases: PhaseTracker[] = [];
  private assigned = false;
  strays = 0;

  private constructor(private readonly consumer: Consumer) {}

  static async start(
    kafka: Kafka,
    options: { groupId: string; resultsTopic: string; dlqTopic: string },
  ): Promise<ResultReader> {
    const consumer = kafka.consumer({
      groupId: options.groupId,
      readUncommitted: false,
      maxWaitTimeInMs: 50,
      minBytes: 1,
      maxBytesPerPartition: 8 * 1024 * 1024,
      maxBytes: 32 * 1024 * 1024,
      allowAutoTopicCreation: false,
    });
    const reader = new ResultReader(consumer);
    consumer.on(consumer.events.GROUP_JOIN, () => {
      reader.assigned = true;
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [options.resultsTopic, options.dlqTopic], fromBeginning: true });
    await consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: 4,
      eachBatch: async ({ batch }) => {
        const receivedAtMs = wallClockMs();
        const isDlq = batch.topic === options.dlqTopic;
        for (const message of batch.messages) {
          const key = message.key?.toString('utf8') ?? '';
          if (isDlq) reader.deadLetter(key);
          else reader.result(key, receivedAtMs, Number(message.timestamp));
        }
      },
    });
    if (!(await pollUntil(() => reader.assigned, 30_000)))
      throw new Error(`result reader ${options.groupId} joined no group within 30 s`);
    return reader;
  }

  track(phase: PhaseTracker): void {
    this.phases.push(phase);
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect().catch(() => undefined);
  }

  private result(key: string, receivedAtMs: number, timestampMs: number): void {
    for (let i = this.phases.length - 1; i >= 0; i--)
      if (this.phases[i].takeResult(key, receivedAtMs, timestampMs)) return;
    this.strays++;
  }

  private deadLetter(key: string): void {
    for (let i = this.phases.length - 1; i >= 0; i--) if (this.phases[i].takeDeadLetter(key)) return;
    this.strays++;
  }
}
