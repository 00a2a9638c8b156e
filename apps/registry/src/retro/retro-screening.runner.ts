import type { Declaration, ScreeningResult, TopicNames } from '@salw/contracts';
import {
  ReplayOutputPublisher,
  replayKafkaTopic,
  type OutboundMessage,
  type ReplayProgress,
  type ReplayRecord,
} from '@salw/messaging';
import type { CompiledExemptions, CompiledProfile, WatchlistEntrySource } from '@salw/risk-engine';
import { InMemoryScreeningLedger, screenBatch, type ScreeningPorts } from '@salw/screening';
import type { Kafka } from 'kafkajs';
import type { RetroFinding, RetroRunReport } from './retro-run.model';
import { NoTraderHistory } from './no-trader-history';
import { buildRetroSnapshot, newHitsOf, retroProfiles } from './retro-snapshot';

export interface RetroRunInput {
  /** The active profile: the one the screeners score with. */
  readonly profile: CompiledProfile;
  /** Exemptions in force (none when omitted): an exempted hit scores 0 and raises nothing. */
  readonly exemptions?: CompiledExemptions;
  readonly list: string;
  readonly version: number;
  /** The version the changes are counted from (part of the job's identity); none when every entry is new. */
  readonly from?: number;
  /** The entries this list version added or changed (not the removed ones: nothing new to find there). */
  readonly changed: readonly WatchlistEntrySource[];
  /** Declarations lodged to the topic from this time on are re-screened (bounded by the topic's retention). */
  readonly since: Date;
  /** Screens and reports, publishes nothing and records no progress. */
  readonly dryRun?: boolean;
  readonly now: Date;
  readonly onProgress?: (progress: ReplayProgress) => void;
}

export interface RetroRunnerOptions {
  readonly topics: TopicNames;
  /** Prefix of the transactional id and progress group of each list version's job. */
  readonly jobIdPrefix?: string;
  /** Records screened between two commits (default 5,000). */
  readonly commitEveryRecords?: number;
  readonly maxInFlightRecords?: number;
}

const KEEP_FINDINGS = 100;

/**
 * Re-screens the declarations of the last days against the entries a list version added or changed,
 * with trigger RETRO, and publishes a result (and an alert above the threshold) for each declaration
 * version that hits one of them.
 *
 * No duplicates, by construction: the job of one list version has one transactional id and one
 * progress group. Outputs and the positions read so far are committed in one Kafka transaction, so a
 * run started again (by hand, by the activation worker, after a crash) starts where the committed
 * positions are and never publishes a declaration version twice; a second process of the same job
 * fences the first. The ids are deterministic as well (declaration version + profile + list version,
 * see retroWatchlistVersion), so even a reader that sees both ends of a fenced run gets one id.
 */
export class RetroScreeningRunner {
  constructor(
    private readonly kafka: Kafka,
    private readonly options: RetroRunnerOptions,
  ) {}

  /** One job per list version and the version its changes are counted from. */
  jobId(list: string, version: number, from?: number): string {
    return `${this.options.jobIdPrefix ?? 'salw-retro'}.${list}.v${from ?? 0}-v${version}`;
  }

  async run(input: RetroRunInput): Promise<RetroRunReport> {
    const started = process.hrtime.bigint();
    const { topics } = this.options;
    const changedIds = new Set(input.changed.map((e) => e.entryId));
    const counts = { read: 0, screened: 0, refused: 0, found: 0, alerts: 0, results: 0, published: 0 };
    const findings: RetroFinding[] = [];
    const timings = { read: 0, screen: 0, publish: 0 };
    const publisher = new ReplayOutputPublisher(this.kafka, {
      transactionalId: this.jobId(input.list, input.version, input.from),
      progressGroupId: this.jobId(input.list, input.version, input.from),
      inputTopic: topics.declarations,
    });
    const report = (resumedFrom: Map<number, string>): RetroRunReport => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      return {
        list: input.list,
        version: input.version,
        changedEntries: input.changed.length,
        since: input.since.toISOString(),
        dryRun: input.dryRun === true,
        read: counts.read,
        screened: counts.screened,
        refused: counts.refused,
        found: counts.found,
        alerts: counts.alerts,
        published: { results: counts.results, alerts: counts.published },
        resumedFrom: Object.fromEntries(resumedFrom),
        seconds,
        declarationsPerSecond: seconds > 0 ? counts.read / seconds : 0,
        timings: {
          readingSeconds: timings.read,
          screeningSeconds: timings.screen,
          publishingSeconds: timings.publish,
        },
        findings,
      };
    };
    try {
      if (input.changed.length === 0) return report(new Map());
      const profiles = retroProfiles(input.profile);
      const matching = buildRetroSnapshot(profiles.match, input.list, input.version, input.changed);
      const scoring = buildRetroSnapshot(profiles.score, input.list, input.version, input.changed);
      const matchPorts: ScreeningPorts = {
        ledger: new InMemoryScreeningLedger(),
        history: new NoTraderHistory(),
      };
      const scorePorts: ScreeningPorts = {
        ledger: new InMemoryScreeningLedger(),
        history: new NoTraderHistory(),
      };
      const resumedFrom = await publisher.committedPositions();
      let pending: OutboundMessage[] = [];
      let pendingOffsets = new Map<number, string>();
      let pendingRecords = 0;
      const flush = async () => {
        if (!input.dryRun && pendingOffsets.size > 0) {
          const mark = process.hrtime.bigint();
          await publisher.publish(pending, pendingOffsets);
          timings.publish += lap(mark);
          for (const m of pending) if (m.topic === topics.alerts) counts.published++;
          counts.results += pending.filter((m) => m.topic === topics.screeningResults).length;
        }
        pending = [];
        pendingOffsets = new Map();
        pendingRecords = 0;
      };
      const batches = replayKafkaTopic(this.kafka, {
        topic: topics.declarations,
        since: input.since,
        floors: resumedFrom,
        maxInFlightRecords: this.options.maxInFlightRecords,
        groupIdPrefix: `${this.jobId(input.list, input.version, input.from)}.reader`,
        onProgress: input.onProgress,
      });
      for (;;) {
        let mark = process.hrtime.bigint();
        const next = await batches.next();
        timings.read += lap(mark);
        if (next.done) break;
        const batch = next.value;
        mark = process.hrtime.bigint();
        const records = batch.records.map((r) => ({ value: r.value, key: r.key, position: r }));
        const matched = await screenBatch(records, matchPorts, {
          snapshot: matching,
          now: input.now,
          trigger: 'RETRO',
          exemptions: input.exemptions,
        });
        counts.read += batch.records.length;
        const hitIndexes: number[] = [];
        matched.outcomes.forEach((outcome, i) => {
          if (outcome.kind === 'refused') counts.refused++;
          if (outcome.kind !== 'screened') return;
          counts.screened++;
          if (newHitsOf(outcome.result, input.list, changedIds).length > 0) hitIndexes.push(i);
        });
        const scored = await screenBatch(
          hitIndexes.map((i) => records[i]),
          scorePorts,
          { snapshot: scoring, now: input.now, trigger: 'RETRO', exemptions: input.exemptions },
        );
        scored.outcomes.forEach((outcome, k) => {
          if (outcome.kind !== 'screened') return;
          const hits = newHitsOf(outcome.result, input.list, changedIds);
          if (hits.length === 0) return;
          counts.found++;
          if (outcome.alert) counts.alerts++;
          if (findings.length < KEEP_FINDINGS) findings.push(findingOf(outcome.result, hits));
          const source = batch.records[hitIndexes[k]];
          pending.push(output(topics.screeningResults, outcome.declaration, outcome.result, source, topics));
          if (outcome.alert)
            pending.push(output(topics.alerts, outcome.declaration, outcome.alert, source, topics));
        });
        timings.screen += lap(mark);
        for (const [partition, offset] of batch.nextOffsets) pendingOffsets.set(partition, offset);
        pendingRecords += batch.records.length;
        if (pendingRecords >= (this.options.commitEveryRecords ?? 5_000)) await flush();
      }
      await flush();
      return report(resumedFrom);
    } finally {
      await publisher.close();
    }
  }
}

const lap = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

function findingOf(result: ScreeningResult, hits: ReturnType<typeof newHitsOf>): RetroFinding {
  const entries = hits.map((h) => {
    const evidence = h.evidence as { list: string; entryId: string };
    return `${evidence.list}/${evidence.entryId}`;
  });
  return {
    declarationId: result.declarationId,
    version: result.version,
    severity: result.severity,
    score: result.score,
    alert: result.alert,
    resultId: result.resultId,
    entries: [...new Set(entries)],
  };
}

/** A result or alert as the screener publishes it, marked as a retro-screening of which list version. */
function output(
  topic: string,
  declaration: Declaration,
  value: object,
  source: ReplayRecord,
  topics: TopicNames,
): OutboundMessage {
  return {
    topic,
    message: {
      key: declaration.declarationId,
      value: JSON.stringify(value),
      headers: {
        'content-type': 'application/json',
        'x-salw-declaration-version': String(declaration.version),
        'x-salw-trigger': 'RETRO',
        'x-salw-source': `${topics.declarations}/${source.partition}/${source.offset}`,
        'x-salw-watchlists': (value as ScreeningResult).watchlists.version,
      },
    },
  };
}
