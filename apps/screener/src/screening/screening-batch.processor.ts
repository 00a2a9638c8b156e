import { declarationValidator, describeRejection, type Declaration, type TopicNames } from '@salw/contracts';
import type { InboundBatch, InboundRecord, OutboundMessage, RecordOutcome } from '@salw/messaging';
import {
  evaluateWithObservation,
  historyKeysFor,
  toAlert,
  type ScreeningSnapshot,
  type TraderHistoryPort,
  type TraderObservation,
} from '@salw/risk-engine';
import { decideScreening, type LedgerEntry } from '@salw/store';
import type { Logger } from 'pino';

/** Where the processor reads the snapshot in use. */
export interface SnapshotSource {
  current(): ScreeningSnapshot | undefined;
}

/** The screening ledger as the processor needs it (Redis in production, a map in tests). */
export interface ScreeningLedger {
  load(declarationIds: readonly string[]): Promise<Map<string, LedgerEntry[]>>;
  save(updates: ReadonlyMap<string, readonly LedgerEntry[]>): Promise<void>;
}

/** Trader history as the processor needs it: one read for a whole batch, one write after it. */
export interface BatchTraderHistory {
  prefetch(
    traderKeys: readonly string[],
    now: Date,
  ): Promise<TraderHistoryPort & { readonly knownFirstSeen?: ReadonlySet<string> }>;
  recordMany(observations: readonly TraderObservation[], knownFirstSeen?: ReadonlySet<string>): Promise<void>;
}

/** What a batch did, for metrics once its transaction has committed. */
export interface BatchReport {
  readonly screened: Array<{
    trigger: string;
    severity: string;
    alert: boolean;
    indicators: string[];
    submittedAt: string;
    producedAt?: string;
  }>;
  replays: number;
  readonly deadLetters: string[];
}

export class SnapshotNotLoadedError extends Error {
  override readonly name = 'SnapshotNotLoadedError';
  constructor() {
    super('no screening snapshot is loaded yet; waiting for an activation (npm run -s seed)');
  }
}

const EMPTY = Buffer.alloc(0);

/**
 * One batch of the declarations topic turned into outcomes, in input order: a bad record becomes a
 * dead letter; a version already screened is a replay (no output); any other version is scored
 * against the snapshot and yields its ScreeningResult, plus an Alert when it crosses the threshold.
 * The ledger and the trader history are written before returning, i.e. before the transaction
 * commits; both writes are idempotent and the ledger ignores entries of attempts that never
 * committed (see decideScreening), so a crash between the two leaves nothing doubled or lost.
 * Redis or snapshot trouble throws: the transport then retries the whole batch.
 */
export class ScreeningBatchProcessor {
  private readonly reports = new WeakMap<InboundBatch, BatchReport>();

  constructor(
    private readonly snapshots: SnapshotSource,
    private readonly ledger: ScreeningLedger,
    private readonly history: BatchTraderHistory,
    private readonly topics: TopicNames,
    private readonly clock: () => Date,
    private readonly logger: Logger,
  ) {}

  reportOf(batch: InboundBatch): BatchReport | undefined {
    return this.reports.get(batch);
  }

  async process(batch: InboundBatch): Promise<RecordOutcome[]> {
    const snapshot = this.snapshots.current();
    if (!snapshot) throw new SnapshotNotLoadedError();
    const now = this.clock();
    const report: BatchReport = { screened: [], replays: 0, deadLetters: [] };
    const outcomes: RecordOutcome[] = new Array(batch.records.length);
    const valid: Array<{ index: number; record: InboundRecord; declaration: Declaration }> = [];

    batch.records.forEach((record, index) => {
      const parsed = declarationValidator.parse(record.value ?? EMPTY);
      if (parsed.ok) valid.push({ index, record, declaration: parsed.value });
      else {
        outcomes[index] = { kind: 'dead-letter', reason: parsed.reason, detail: describeRejection(parsed) };
        report.deadLetters.push(parsed.reason);
      }
    });

    const ledger = await this.ledger.load(valid.map((v) => v.declaration.declarationId));
    const ledgerUpdates = new Map<string, LedgerEntry[]>();
    const toScreen: Array<(typeof valid)[number] & { trigger: 'LIVE' | 'AMENDMENT' }> = [];
    for (const item of valid) {
      const id = item.declaration.declarationId;
      const decision = decideScreening(ledger.get(id) ?? [], item.declaration.version, {
        partition: item.record.partition,
        offset: item.record.offset,
      });
      if (decision.action === 'REPLAY') {
        outcomes[item.index] = {
          kind: 'ignore',
          why: `version ${item.declaration.version} of ${id} replayed; version ${decision.screenedVersion} already screened`,
        };
        report.replays++;
        continue;
      }
      ledger.set(id, [...decision.entries]);
      ledgerUpdates.set(id, [...decision.entries]);
      toScreen.push({ ...item, trigger: decision.trigger });
    }

    const queries = toScreen.map((item) => historyKeysFor(item.declaration, snapshot.profile));
    const earliest = toScreen.reduce(
      (min, item) => Math.min(min, Date.parse(item.declaration.submittedAt)),
      now.getTime(),
    );
    const history = await this.history.prefetch(
      queries.flatMap((q) => q.keys.map((k) => k.key)),
      new Date(earliest),
    );
    const observations: TraderObservation[] = [];

    for (const [i, item] of toScreen.entries()) {
      const { declaration, record } = item;
      try {
        // Windows count from when the declaration was lodged, so a re-screening sees the same history.
        const lodged = new Date(declaration.submittedAt);
        const facts = await history.load(queries[i], lodged);
        const { result, observation } = evaluateWithObservation({
          snapshot,
          declaration,
          history: facts,
          historyKeys: queries[i].keys,
          now,
          trigger: item.trigger,
        });
        await history.record(observation);
        observations.push(observation);
        const messages: OutboundMessage[] = [
          {
            topic: this.topics.screeningResults,
            message: this.message(record, declaration, JSON.stringify(result), result.trigger),
          },
        ];
        const alert = toAlert(result, snapshot.profile);
        if (alert)
          messages.push({
            topic: this.topics.alerts,
            message: this.message(record, declaration, JSON.stringify(alert), result.trigger),
          });
        outcomes[item.index] = { kind: 'publish', messages };
        report.screened.push({
          trigger: result.trigger,
          severity: result.severity,
          alert: result.alert,
          indicators: result.hits.map((h) => h.indicator),
          submittedAt: declaration.submittedAt,
          producedAt: record.timestamp,
        });
      } catch (error) {
        // A valid declaration the engine cannot score is a defect, not an outage: park it with its
        // reason so the partition keeps moving, and let an operator replay it after the fix.
        this.logger.error(
          { err: error, declarationId: declaration.declarationId, version: declaration.version },
          'scoring failed; dead-lettering the declaration',
        );
        outcomes[item.index] = {
          kind: 'dead-letter',
          reason: 'PROCESSING_FAILED',
          detail: `scoring failed: ${error instanceof Error ? error.message : String(error)}`,
        };
        report.deadLetters.push('PROCESSING_FAILED');
        ledgerUpdates.delete(declaration.declarationId);
      }
    }

    await this.ledger.save(ledgerUpdates);
    await this.history.recordMany(observations, history.knownFirstSeen);
    this.reports.set(batch, report);
    return outcomes;
  }

  private message(record: InboundRecord, declaration: Declaration, value: string, trigger: string) {
    return {
      key: declaration.declarationId,
      value,
      headers: {
        'content-type': 'application/json',
        'x-salw-declaration-version': String(declaration.version),
        'x-salw-trigger': trigger,
        'x-salw-source': `${record.topic}/${record.partition}/${record.offset}`,
      },
    };
  }
}
