import { topicNames } from '@salw/contracts';
import type { ReplayProgress } from '@salw/messaging';
import { compileExemptions, compileProfile } from '@salw/risk-engine';
import {
  listRollbackTarget,
  type AuditLogRepository,
  type ExemptionStoreRepository,
  type SnapshotStoreRepository,
  type StoredVersionsRepository,
} from '@salw/store';
import { diffWatchlistEntries } from '@salw/watchlists';
import type { Kafka } from 'kafkajs';
import { auditRecordOf, type Change } from '../shared/change';
import { RegistryError, storeRefusalAs } from '../shared/registry.error';
import type { RetroRunReport } from './retro-run.model';
import { RetroScreeningRunner } from './retro-screening.runner';

export interface RetroRequest {
  readonly list: string;
  /** The list version whose changes are screened for; the active one by default. */
  readonly version?: number;
  /** The version it is compared with; the one active before it by default (none: every entry is new). */
  readonly from?: number;
  /** Re-screen declarations from this time on; `days` back by default. */
  readonly since?: Date;
  readonly dryRun?: boolean;
  readonly onProgress?: (progress: ReplayProgress) => void;
}

export interface RetroRun extends RetroRunReport {
  readonly from?: number;
}

/**
 * Retro-screening as the registry offers it: works out which entries a list version added or changed
 * (the entry-level diff against the version it replaced), re-screens the declarations of the last
 * days against them only with the active profile, publishes RETRO results and alerts (see
 * RetroScreeningRunner for why nothing is published twice), and audits every run.
 */
export class RetroScreeningService {
  private readonly runner: RetroScreeningRunner;

  constructor(
    private readonly store: SnapshotStoreRepository,
    private readonly versions: StoredVersionsRepository,
    private readonly audit: AuditLogRepository,
    private readonly exemptions: ExemptionStoreRepository,
    kafka: Kafka,
    private readonly settings: { readonly topicPrefix: string; readonly days: number },
  ) {
    this.runner = new RetroScreeningRunner(kafka, {
      topics: topicNames(settings.topicPrefix),
      jobIdPrefix: `${settings.topicPrefix}salw-retro`,
    });
  }

  async run(request: RetroRequest, change: Change): Promise<RetroRun> {
    const documents = await this.store.loadActive();
    if (!documents) throw new RegistryError('conflict', 'nothing is active yet: no profile to screen with');
    const version = request.version ?? documents.active.lists[request.list];
    if (version === undefined)
      throw new RegistryError('invalid', `list ${request.list} is not active: name the version (--version)`);
    const from =
      request.from ??
      (documents.active.lists[request.list] === version
        ? listRollbackTarget(documents.active, await this.versions.activationHistory(), request.list)
        : documents.active.lists[request.list]);
    const changed = await this.changedEntries(request.list, version, from);
    const now = new Date();
    const since = request.since ?? new Date(now.getTime() - this.settings.days * 86_400_000);
    // The exemptions in force now: a party an analyst cleared against an entry is not re-alerted by a
    // retro run any more than by the live screener (docs/exemptions.md).
    const exemptions = compileExemptions((await this.exemptions.loadActive(now)).exemptions);
    const report = await this.runner.run({
      profile: compileProfile(documents.profile),
      exemptions,
      list: request.list,
      version,
      from,
      changed,
      since,
      dryRun: request.dryRun,
      now,
      onProgress: request.onProgress,
    });
    await this.audit.record(
      auditRecordOf(change, {
        action: request.dryRun ? 'list.retro-screen.dry-run' : 'list.retro-screen',
        subject: `list ${request.list} v${version}`,
        summary: JSON.stringify({
          from: from ?? null,
          changedEntries: report.changedEntries,
          since: report.since,
          read: report.read,
          found: report.found,
          alerts: report.alerts,
          published: report.published,
        }),
      }),
    );
    return { ...report, ...(from === undefined ? {} : { from }) };
  }

  private async changedEntries(list: string, version: number, from: number | undefined) {
    return storeRefusalAs('not-found', async () => {
      const after = await this.versions.loadWatchlist(list, version);
      if (from === undefined) return after.entries;
      const before = await this.versions.loadWatchlist(list, from);
      const diff = diffWatchlistEntries(before.entries, after.entries);
      const ids = new Set([...diff.added, ...diff.changed].map((e) => e.entryId));
      return after.entries.filter((e) => ids.has(e.entryId));
    });
  }
}
