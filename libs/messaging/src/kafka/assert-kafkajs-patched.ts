import { KafkajsUnpatchedError } from './kafkajs-unpatched.error';

interface ProbeMessage {
  readonly offset: string;
  readonly key: Buffer;
  readonly batchContext: { readonly producerId: string; readonly inTransaction: boolean };
}

/** kafkajs's filter of records of aborted transactions (consumer/filterAbortedMessages.js). */
export type AbortedMessagesFilter = (input: {
  messages: ProbeMessage[];
  abortedTransactions: Array<{ producerId: string; firstOffset: string }>;
}) => ProbeMessage[];

function installedFilter(): AbortedMessagesFilter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('kafkajs/src/consumer/filterAbortedMessages') as AbortedMessagesFilter;
}

/**
 * Checks, by its behaviour rather than its file, that the installed kafkajs has the project's fix
 * of the read_committed filter: the broker lists aborted transactions in the order they were
 * aborted, and a transaction that began earlier but was aborted later must still hide its records.
 * Unpatched kafkajs lets the first record below through; the fix drops both.
 */
export function assertKafkajsPatched(filter: AbortedMessagesFilter = installedFilter()): void {
  const record = (offset: string, producerId: string): ProbeMessage => ({
    offset,
    key: Buffer.from('probe'),
    batchContext: { producerId, inTransaction: true },
  });
  const kept = filter({
    messages: [record('0', '1'), record('6', '2')],
    abortedTransactions: [
      { producerId: '2', firstOffset: '5' },
      { producerId: '1', firstOffset: '0' },
    ],
  });
  if (kept.length !== 0) throw new KafkajsUnpatchedError();
}
