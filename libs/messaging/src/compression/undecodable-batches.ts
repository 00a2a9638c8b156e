import type { CompressedBatchError } from './compressed-batch.error';

type Listener = (error: CompressedBatchError) => void;
const listeners = new Set<Listener>();

/**
 * Where the codecs report a record batch they cannot decode. kafkajs treats the failure as a failed
 * fetch and retries it for ever without telling its consumer, so the consumer would look healthy
 * while its partitions stand still; the transactional consumer listens here to report itself not
 * ready. Codecs live in one process-wide table, so this is process-wide too.
 */
export const undecodableBatches = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  report(error: CompressedBatchError): CompressedBatchError {
    for (const listener of listeners) listener(error);
    return error;
  },
};
