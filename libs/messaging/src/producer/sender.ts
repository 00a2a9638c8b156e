import type { Producer } from 'kafkajs';

/**
 * What a producer and a transaction have in common (kafkajs does not export its own `Sender`),
 * so code that writes records works both standalone and inside a consume-transform-produce transaction.
 */
export type Sender = Pick<Producer, 'send' | 'sendBatch'>;
