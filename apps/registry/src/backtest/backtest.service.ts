import { topicNames, type TopicNames } from '@salw/contracts';
import type { ReplayProgress } from '@salw/messaging';
import { buildStoredSnapshot, type RiskProfileDocument } from '@salw/risk-engine';
import type { BacktestReport } from '@salw/screening';
import {
  type ActivationDocuments,
  type SnapshotStoreRepository,
  type StoredVersionsRepository,
  type StoredWatchlist,
} from '@salw/store';
import type { Kafka } from 'kafkajs';
import { RegistryError, storeRefusalAs } from '../shared/registry.error';
import { readAlertOutcomes } from './alert-outcomes.reader';
import { backtestDeclarations, type BacktestSource } from './backtest-declarations';

export interface BacktestRequest {
  /** A stored profile version (a published draft) to try instead of the active one. */
  readonly profile?: { readonly id: string; readonly version: number };
  /** A profile document not stored yet (the CLI reads it from a directory). */
  readonly profileDocument?: RiskProfileDocument;
  /** Stored list versions to try instead of the active ones (list -> version). */
  readonly lists?: Readonly<Record<string, number>>;
  /** The declarations topic from this time on, or an exported NDJSON file (CLI only). */
  readonly source: { readonly since: Date } | { readonly file: string };
  /** How many changed declarations each list of the report names (default 50). */
  readonly listed?: number;
  readonly onProgress?: (progress: ReplayProgress) => void;
}

export interface BacktestRun extends BacktestReport {
  readonly source: string;
  /** Decisions read from the alert desk's outcomes topic, and why none could be read if so. */
  readonly deskOutcomes: { readonly read: number; readonly invalid: number; readonly unavailable?: string };
}

/**
 * The registry's backtest: the active snapshot (baseline) against a candidate (a draft profile and/or
 * other list versions) over past declarations, through the screening core with in-memory ports only:
 * it reads the declarations and the desk's outcomes, and writes nothing anywhere.
 */
export class BacktestService {
  private readonly topics: TopicNames;

  constructor(
    private readonly store: SnapshotStoreRepository,
    private readonly versions: StoredVersionsRepository,
    private readonly kafka: Kafka,
    topicPrefix: string,
  ) {
    this.topics = topicNames(topicPrefix);
  }

  async run(request: BacktestRequest): Promise<BacktestRun> {
    const active = await this.store.loadActive();
    if (!active)
      throw new RegistryError('conflict', 'nothing is active yet: there is no baseline to compare with');
    const candidateDocuments = await this.candidateOf(active, request);
    const baseline = buildStoredSnapshot(active);
    const candidate = buildStoredSnapshot(candidateDocuments);
    const outcomes = await readAlertOutcomes(this.kafka, this.topics.alertOutcomes).then(
      (read) => ({ ...read, unavailable: undefined }),
      (error: unknown) => ({
        index: undefined,
        invalid: 0,
        unavailable: String((error as Error)?.message ?? error),
      }),
    );
    const source: BacktestSource =
      'file' in request.source
        ? { kind: 'file', path: request.source.file }
        : { kind: 'kafka', topic: this.topics.declarations, since: request.source.since };
    const report = await backtestDeclarations(source, {
      kafka: this.kafka,
      baseline,
      candidate,
      now: new Date(),
      outcomes: outcomes.index,
      listed: request.listed,
      onProgress: request.onProgress,
    });
    return {
      ...report,
      source: source.kind === 'file' ? source.path : `${source.topic} since ${source.since.toISOString()}`,
      deskOutcomes: {
        read: outcomes.index?.size ?? 0,
        invalid: outcomes.invalid,
        ...(outcomes.unavailable ? { unavailable: outcomes.unavailable } : {}),
      },
    };
  }

  private async candidateOf(
    active: ActivationDocuments,
    request: BacktestRequest,
  ): Promise<ActivationDocuments> {
    const lists = Object.entries(request.lists ?? {});
    if (!request.profile && !request.profileDocument && lists.length === 0)
      throw new RegistryError(
        'invalid',
        'name a candidate: a profile version, a profile directory or a list version',
      );
    return storeRefusalAs('not-found', async () => {
      const profile = request.profileDocument
        ? request.profileDocument
        : request.profile
          ? await this.versions.loadProfile(request.profile.id, request.profile.version)
          : active.profile;
      const watchlists: StoredWatchlist[] = active.watchlists.filter(
        (w) => request.lists?.[w.file.list] === undefined,
      );
      for (const [list, version] of lists)
        watchlists.push({ version, file: await this.versions.loadWatchlist(list, version) });
      watchlists.sort((a, b) => (a.file.list < b.file.list ? -1 : 1));
      return { ...active, profile, watchlists };
    });
  }
}
