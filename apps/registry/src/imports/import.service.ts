import {
  diffStoredWatchlists,
  diffWatchlistFileWithStored,
  importWatchlistFile,
  type AuditLogRepository,
  type ImportProgress,
  type KeySpace,
  type SnapshotStoreRepository,
  type RedisConnection,
} from '@salw/store';
import {
  WatchlistParseError,
  type BoundedDiffCounts,
  type WatchlistDiff,
  type WatchlistFile,
  type WatchlistWarning,
} from '@salw/watchlists';
import { describeDiff, type ListRegistryService } from '../lists/list-registry.service';
import { auditRecordOf, type Change } from '../shared/change';
import { RegistryError } from '../shared/registry.error';

/** Which kind of list a file must be: the UN consolidated list (XML) or a national list (JSON Lines or CSV). */
export type ImportKind = 'un-sc' | 'national';

export interface ImportRequest {
  readonly kind: ImportKind;
  readonly path: string;
  /** The list the file must fill (national: every line's `list`; UN: the name its entries are filed under). */
  readonly list?: string;
  /** Parse and compare with the active version, store nothing. */
  readonly dryRun?: boolean;
  /** Told as the file is read (a progress bar on a terminal). */
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface ImportOutcome {
  readonly list: string;
  /** The stored version; absent on a dry run. */
  readonly version?: number;
  readonly entries: number;
  readonly format: WatchlistFile['format'];
  readonly sourceVersion: string;
  readonly warnings: readonly WatchlistWarning[];
  /** The active version the diff compares with (absent when the list is not active). */
  readonly against?: number;
  /** The entries added, removed and changed, at most NAMED_IN_DIFF of each kind named (see counts). */
  readonly diff: WatchlistDiff;
  /** The full counts of the diff, whatever `diff` names. */
  readonly counts: BoundedDiffCounts;
  /** True when `diff` names fewer entries than `counts` counts. */
  readonly truncated: boolean;
  /** Versions deleted because more than the configured number are kept. */
  readonly pruned: readonly number[];
}

const FORMATS: Readonly<Record<ImportKind, readonly WatchlistFile['format'][]>> = {
  'un-sc': ['un-sc-xml'],
  national: ['jsonl', 'csv'],
};

/** Entries of each kind (added, removed, changed) an import's diff names; all are counted. */
const NAMED_IN_DIFF = 200;

/**
 * Imports a watchlist file as a new immutable version (not active: `activate` makes it so), with the
 * entry diff against the active version; a dry run stops before storing. The file is streamed into
 * Redis and the diff computed chunk by chunk (docs/watchlist-imports.md), so a million-entry list is
 * imported in bounded memory. A refused file leaves the store as it was and names every problem with
 * its line or element.
 */
export class ImportService {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
    private readonly store: SnapshotStoreRepository,
    private readonly lists: ListRegistryService,
    private readonly audit: AuditLogRepository,
  ) {}

  async import(request: ImportRequest, change: Change | undefined): Promise<ImportOutcome> {
    if (!request.dryRun && !change)
      throw new RegistryError('invalid', 'an import needs an actor and a reason');
    const active = await this.store.getActive();
    const options = {
      redis: this.redis,
      keys: this.keys,
      formats: FORMATS[request.kind],
      ...(request.list === undefined ? {} : { list: request.list }),
    };
    if (request.dryRun || !change) {
      const dry = await this.refusedAsRegistryError(request, () =>
        diffWatchlistFileWithStored(request.path, {
          ...options,
          maxNamed: NAMED_IN_DIFF,
          against: async (list) => active?.lists[list],
        }),
      );
      return {
        list: dry.list,
        entries: dry.entries,
        format: dry.format,
        sourceVersion: dry.sourceVersion,
        warnings: dry.warnings,
        against: dry.against,
        diff: dry.result.diff,
        counts: dry.result.counts,
        truncated: dry.result.truncated,
        pruned: [],
      };
    }

    const imported = await this.refusedAsRegistryError(request, () =>
      importWatchlistFile(request.path, {
        ...options,
        importedBy: { actor: change.actor, at: new Date() },
        ...(request.onProgress ? { onProgress: request.onProgress } : {}),
      }),
    );
    const against = active?.lists[imported.list];
    const { diff, counts, truncated } = await diffStoredWatchlists(imported.list, against, imported.version, {
      redis: this.redis,
      keys: this.keys,
      maxNamed: NAMED_IN_DIFF,
    });
    if (against !== undefined)
      await this.lists.rememberDiff(imported.list, against, imported.version, counts);
    await this.audit.record(
      auditRecordOf(change, {
        action: 'list.import',
        subject: `list ${imported.list} v${imported.version}`,
        summary: `${describeDiff(counts, against, imported.version)}; ${imported.format} ${imported.sourceVersion}; not active until activated`,
      }),
    );
    const pruned = await this.lists.prune(imported.list);
    return {
      list: imported.list,
      version: imported.version,
      entries: imported.entries,
      format: imported.format,
      sourceVersion: imported.sourceVersion,
      warnings: imported.warnings,
      against,
      diff,
      counts,
      truncated,
      pruned,
    };
  }

  /** Runs an import or a dry run, turning a refused file into the registry's error naming every problem. */
  private async refusedAsRegistryError<T>(request: ImportRequest, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof WatchlistParseError)
        throw new RegistryError('invalid', `${request.path} refused, nothing stored: ${error.message}`, {
          problems: error.problems,
        });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new RegistryError('not-found', `${request.path}: no such file`);
      throw error;
    }
  }
}
