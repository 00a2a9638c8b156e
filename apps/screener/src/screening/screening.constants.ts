import type { InboundBatch, RecordOutcome } from '@salw/messaging';

/** Injection token of the batch processor in use (screening, or pass-through for benchmarks). */
export const BATCH_PROCESSOR = 'salw.screener.batch-processor';

export interface BatchProcessorLike {
  process(batch: InboundBatch): Promise<readonly RecordOutcome[]>;
}
