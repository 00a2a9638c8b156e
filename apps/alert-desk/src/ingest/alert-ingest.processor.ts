import { alertValidator, declarationValidator, describeRejection, type Alert } from '@salw/contracts';
import type { InboundBatch, RecordOutcome } from '@salw/messaging';
import type { Logger } from 'pino';
import type { AlertDeskMetrics } from '../metrics/alert-desk.metrics';
import type { WorklistRepository } from '../worklist/worklist.repository';

const EMPTY = new Uint8Array(0);

/**
 * Turns batches of the alerts and declarations topics into worklist writes. The writes are
 * idempotent (an alert is added once per alertId, a declaration version is overwritten with the
 * same bytes), so a batch retried after a failed offset commit changes nothing the second time.
 * A Redis failure throws: the consumer retries the batch and commits nothing meanwhile.
 */
export class AlertIngestProcessor {
  constructor(
    private readonly worklist: WorklistRepository,
    private readonly declarationTtlSeconds: number,
    private readonly metrics: AlertDeskMetrics,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async alerts(batch: InboundBatch): Promise<RecordOutcome[]> {
    const outcomes: RecordOutcome[] = [];
    const valid: { index: number; alert: Alert }[] = [];
    batch.records.forEach((record, index) => {
      const parsed = alertValidator.parse(record.value ?? EMPTY);
      if (parsed.ok) {
        valid.push({ index, alert: parsed.value });
        return;
      }
      const detail = describeRejection(parsed);
      this.logger.warn(
        { partition: record.partition, offset: record.offset, reason: parsed.reason, detail },
        'alert refused',
      );
      outcomes[index] = { kind: 'dead-letter', reason: parsed.reason, detail };
    });
    // One pipeline for the batch: one AOF fsync instead of one per alert.
    const added = await this.worklist.upsertAlerts(
      valid.map((v) => v.alert),
      this.now(),
    );
    valid.forEach(({ index }, i) => {
      this.metrics.alertsReceived.inc({ result: added[i] });
      outcomes[index] = {
        kind: 'ignore',
        why: added[i] === 'new' ? 'added to the worklist' : 'already in the worklist',
      };
    });
    return outcomes;
  }

  /** Invalid declarations are the screener's to dead-letter; the desk only skips them. */
  async declarations(batch: InboundBatch): Promise<RecordOutcome[]> {
    const outcomes: RecordOutcome[] = [];
    for (const record of batch.records) {
      const parsed = declarationValidator.parse(record.value ?? EMPTY);
      if (!parsed.ok) {
        outcomes.push({
          kind: 'ignore',
          why: `invalid declaration (${parsed.reason}), dead-lettered by the screener`,
        });
        continue;
      }
      await this.worklist.storeDeclaration(parsed.value, this.declarationTtlSeconds);
      outcomes.push({ kind: 'ignore', why: 'kept for the alert detail' });
    }
    return outcomes;
  }
}
