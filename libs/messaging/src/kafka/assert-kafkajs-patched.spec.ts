import { assertKafkajsPatched, type AbortedMessagesFilter } from './assert-kafkajs-patched';
import { KafkajsUnpatchedError } from './kafkajs-unpatched.error';

/** kafkajs 2.2.4's own filter, as published: aborted transactions are entered in the order listed. */
const unpatchedFilter: AbortedMessagesFilter = ({ messages, abortedTransactions }) => {
  const aborted = new Set<string>();
  const remaining = [...abortedTransactions];
  return messages.filter((message) => {
    if (remaining.length && BigInt(message.offset) >= BigInt(remaining[0].firstOffset))
      aborted.add(remaining.shift()!.producerId);
    const { producerId, inTransaction } = message.batchContext;
    return !(inTransaction && aborted.has(producerId));
  });
};

describe('the start-up check of the kafkajs read_committed fix', () => {
  it('passes on the kafkajs installed here (patched by the postinstall script)', () => {
    expect(() => assertKafkajsPatched()).not.toThrow();
  });

  it('refuses an unpatched kafkajs with a message that says how to fix it', () => {
    expect(() => assertKafkajsPatched(unpatchedFilter)).toThrow(KafkajsUnpatchedError);
    expect(() => assertKafkajsPatched(unpatchedFilter)).toThrow(/npm ci` without --ignore-scripts/);
  });
});
