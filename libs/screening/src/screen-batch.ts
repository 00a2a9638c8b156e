import type { Declaration } from '@salw/contracts';
import {
  evaluateWithObservation,
  toAlert,
  type CompiledExemptions,
  type ScreeningSnapshot,
  type TraderObservation,
} from '@salw/risk-engine';
import type { BatchTraderHistoryPort } from './batch-trader-history.port';
import { decideScreening, type LedgerEntry } from './ledger/screening-decision';
import type { ScreeningLedgerPort } from './screening-ledger.port';
import type { ScreeningOutcome } from './screening-outcome.model';
import type { ScreeningRecord } from './screening-record.model';
import type { ScreeningReport } from './screening-report.model';
import {
  historyQueryOf,
  validateRecords,
  type ValidatedRecords,
  type ValidRecord,
} from './validate-records';

export interface ScreeningPorts {
  readonly ledger: ScreeningLedgerPort;
  readonly history: BatchTraderHistoryPort;
}

export interface ScreenBatchOptions {
  /** The snapshot (profile and lists) to score with; one whole snapshot per batch. */
  readonly snapshot: ScreeningSnapshot;
  /** Becomes every result's `screenedAt`; exemptions apply while it is before their expiry. */
  readonly now: Date;
  /** The exemptions in force (docs/exemptions.md); none when omitted. */
  readonly exemptions?: CompiledExemptions;
  /**
   * LIVE: a declaration's first screened version is LIVE, later ones AMENDMENT. RETRO: every
   * screened version is RETRO (a declaration screened again against a newer snapshot).
   */
  readonly trigger?: 'LIVE' | 'RETRO';
  /** Told of a valid declaration the engine could not score, before it is refused as PROCESSING_FAILED. */
  readonly onScoringFailure?: (declaration: Declaration, error: unknown) => void;
}

export interface ScreenedBatch {
  /** One outcome per record, in input order. */
  readonly outcomes: ScreeningOutcome[];
  readonly report: ScreeningReport;
}

interface ToScreen {
  readonly index: number;
  readonly valid: ValidRecord;
  readonly declaration: Declaration;
  readonly entry: LedgerEntry;
  readonly trigger: 'LIVE' | 'AMENDMENT' | 'RETRO';
}

/**
 * The screening use case, once for every caller (the live screener, the offline `screen` command,
 * backtests): each record is validated, checked against its key, decided by the ledger (new,
 * amendment, replay or conflicting replay), scored against the snapshot with the trader history of
 * the batch, and turned into a result and, above the threshold, an alert. The ledger and the
 * history are written before returning, i.e. before the caller publishes; both writes are
 * idempotent and the ledger ignores entries of attempts that never committed (see
 * decideScreening), so a crash between the two leaves nothing doubled or lost. Port failures
 * (Redis down) throw: the caller retries the whole batch. A declaration the engine cannot score is
 * refused alone.
 */
export async function screenBatch(
  records: readonly ScreeningRecord[],
  ports: ScreeningPorts,
  options: ScreenBatchOptions,
): Promise<ScreenedBatch> {
  return screenValidated(validateRecords(records), ports, options);
}

/**
 * screenBatch from the records' validation on (see validateRecords): what a caller that screens the
 * same records with several snapshots runs for each, the validation done once.
 */
export async function screenValidated(
  validated: ValidatedRecords,
  ports: ScreeningPorts,
  options: ScreenBatchOptions,
): Promise<ScreenedBatch> {
  const { snapshot, now } = options;
  const report: ScreeningReport = { screened: 0, amendments: 0, alerts: 0, replays: 0, refused: {} };
  const outcomes: ScreeningOutcome[] = new Array(validated.count);
  const refuse = (index: number, outcome: Extract<ScreeningOutcome, { kind: 'refused' }>) => {
    outcomes[index] = outcome;
    report.refused[outcome.reason] = (report.refused[outcome.reason] ?? 0) + 1;
  };
  for (const { index, outcome } of validated.refused) refuse(index, outcome);
  const { valid } = validated;

  const ledger = await ports.ledger.load(valid.map((v) => v.declaration.declarationId));
  const ledgerUpdates = new Map<string, LedgerEntry[]>();
  const toScreen: ToScreen[] = [];
  for (const item of valid) {
    const { index, record, declaration, hash } = item;
    const id = declaration.declarationId;
    const decision = decideScreening(ledger.get(id) ?? [], declaration.version, hash, record.position);
    if (decision.action === 'REPLAY') {
      outcomes[index] = {
        kind: 'replay',
        declarationId: id,
        version: declaration.version,
        screenedVersion: decision.screenedVersion,
      };
      report.replays++;
      continue;
    }
    if (decision.action === 'CONFLICT') {
      refuse(index, {
        kind: 'refused',
        reason: 'CONFLICTING_REPLAY',
        detail: `version ${decision.version} of ${id} was screened with content sha256:${decision.screenedHash}; this record has sha256:${decision.contentHash}; a changed declaration needs a higher version`,
      });
      continue;
    }
    ledger.set(id, [...decision.entries]);
    ledgerUpdates.set(id, [...decision.entries]);
    toScreen.push({
      index,
      valid: item,
      declaration,
      entry: decision.entries[decision.entries.length - 1],
      trigger: options.trigger === 'RETRO' ? 'RETRO' : decision.trigger,
    });
  }

  const queries = toScreen.map((item) => historyQueryOf(item.valid, snapshot.profile));
  const earliest = toScreen.reduce(
    (min, item) => Math.min(min, Date.parse(item.declaration.submittedAt)),
    now.getTime(),
  );
  const history = await ports.history.prefetch(
    queries.flatMap((q) => q.keys.map((k) => k.key)),
    new Date(earliest),
  );
  const observations: TraderObservation[] = [];

  for (const [i, item] of toScreen.entries()) {
    const { declaration } = item;
    try {
      // Windows count from when the declaration was lodged, so a re-screening sees the same history.
      const facts = await history.load(queries[i], new Date(declaration.submittedAt));
      const { result, observation } = evaluateWithObservation({
        snapshot,
        declaration,
        history: facts,
        historyKeys: queries[i].keys,
        now,
        trigger: item.trigger,
        exemptions: options.exemptions,
      });
      await history.record(observation);
      observations.push(observation);
      const alert = toAlert(result, snapshot.profile);
      outcomes[item.index] = alert
        ? { kind: 'screened', declaration, result, alert }
        : { kind: 'screened', declaration, result };
      report.screened++;
      if (result.trigger === 'AMENDMENT') report.amendments++;
      if (alert) report.alerts++;
    } catch (error) {
      // A valid declaration the engine cannot score is a defect, not an outage: refuse it with its
      // reason so the stream keeps moving; an operator replays it after the fix. Only its own ledger
      // entry goes: other versions of the declaration screened in this batch stay recorded.
      options.onScoringFailure?.(declaration, error);
      refuse(item.index, {
        kind: 'refused',
        reason: 'PROCESSING_FAILED',
        detail: `scoring failed: ${error instanceof Error ? error.message : String(error)}`,
      });
      forgetEntry(ledger, ledgerUpdates, declaration.declarationId, item.entry);
    }
  }

  await ports.ledger.save(ledgerUpdates);
  await ports.history.recordMany(observations, history.knownFirstSeen);
  return { outcomes, report };
}

/** Takes back one version's entry, leaving what was there before it and what other versions added. */
function forgetEntry(
  ledger: Map<string, LedgerEntry[]>,
  updates: Map<string, LedgerEntry[]>,
  id: string,
  entry: LedgerEntry,
): void {
  const without = (entries: readonly LedgerEntry[]) => entries.filter((e) => e !== entry);
  ledger.set(id, without(ledger.get(id) ?? []));
  const pending = updates.get(id);
  if (!pending) return;
  const kept = without(pending);
  if (kept.length > 0) updates.set(id, kept);
  else updates.delete(id);
}
