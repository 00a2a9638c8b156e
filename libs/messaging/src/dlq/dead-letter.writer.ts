import type { RecordMetadata } from 'kafkajs';
import type { Sender } from '../producer/sender';
import { buildDeadLetterMessage } from './build-dead-letter-message';
import type { DeadLetter } from './dead-letter';

/**
 * Writes dead letters to the DLQ topic through whichever `Sender` it is given: a producer for a
 * standalone write, or the open transaction of a consume-transform-produce batch, so the dead
 * letter commits (or aborts) together with the offsets that skip the bad record.
 */
export class DeadLetterWriter {
  constructor(readonly topic: string) {
    if (topic.length === 0) throw new Error('DeadLetterWriter needs a DLQ topic name');
  }

  /** One `send` for all the letters; nothing is sent for an empty list. */
  async write(sender: Sender, letters: DeadLetter | readonly DeadLetter[]): Promise<RecordMetadata[]> {
    const list = Array.isArray(letters) ? (letters as readonly DeadLetter[]) : [letters as DeadLetter];
    if (list.length === 0) return [];
    return sender.send({ topic: this.topic, messages: list.map(buildDeadLetterMessage) });
  }
}
