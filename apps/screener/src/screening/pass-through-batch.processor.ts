import { declarationValidator, describeRejection, type TopicNames } from '@salw/contracts';
import type { InboundBatch, RecordOutcome } from '@salw/messaging';

/**
 * Benchmark baseline (`SCREENER_MODE=pass-through`): validates each record and publishes a minimal
 * acknowledgement through the same transactional path, without ledger, history or scoring. The ratio
 * of screening to pass-through throughput shows what scoring costs. Never for production: it
 * publishes no ScreeningResult.
 */
export class PassThroughBatchProcessor {
  constructor(private readonly topics: TopicNames) {}

  async process(batch: InboundBatch): Promise<RecordOutcome[]> {
    return batch.records.map((record): RecordOutcome => {
      const parsed = declarationValidator.parse(record.value ?? Buffer.alloc(0));
      if (!parsed.ok)
        return { kind: 'dead-letter', reason: parsed.reason, detail: describeRejection(parsed) };
      const { declarationId, version } = parsed.value;
      return {
        kind: 'publish',
        messages: [
          {
            topic: this.topics.screeningResults,
            message: {
              key: declarationId,
              value: JSON.stringify({ declarationId, version, passThrough: true }),
            },
          },
        ],
      };
    });
  }
}
