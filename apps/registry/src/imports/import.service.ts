import type { AuditLogRepository, SnapshotStoreRepository, StoredVersionsRepository } from '@salw/store';
import {
  diffWatchlistEntries,
  WatchlistParseError,
  type WatchlistDiff,
  type WatchlistFile,
  type WatchlistWarning,
} from '@salw/watchlists';
import { parseWatchlistFile } from '@salw/watchlists/node';
import { describeDiff, type ListRegistryService } from '../lists/list-registry.service';
import type { Change } from '../shared/change';
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
  readonly diff: WatchlistDiff;
  /** Versions deleted because more than the configured number are kept. */
  readonly pruned: readonly number[];
}

const FORMATS: Readonly<Record<ImportKind, readonly WatchlistFile['format'][]>> = {
  'un-sc': ['un-sc-xml'],
  national: ['jsonl', 'csv'],
};

/**
 * Imports a watchlist file as a new immutable version (not active: `activate` makes it so), with the
 * entry diff against the active version; a dry run stops before storing. A refused file leaves the
 * store as it was and names every problem with its line or element.
 */
export class ImportService {
  constructor(
    private readonly store: SnapshotStoreRepository,
    private readonly versions: StoredVersionsRepository,
    private readonly lists: ListRegistryService,
    private readonly audit: AuditLogRepository,
  ) {}

  async import(request: ImportRequest, change: Change | undefined): Promise<ImportOutcome> {
    if (!request.dryRun && !change)
      throw new RegistryError('invalid', 'an import needs an actor and a reason');
    const file = await this.parse(request);
    const active = await this.store.getActive();
    const against = active?.lists[file.list];
    const previous =
      against === undefined ? [] : (await this.versions.loadWatchlist(file.list, against)).entries;
    const diff = diffWatchlistEntries(previous, file.entries);
    const outcome = {
      list: file.list,
      entries: file.entries.length,
      format: file.format,
      sourceVersion: file.version,
      warnings: file.warnings,
      against,
      diff,
    };
    if (request.dryRun || !change) return { ...outcome, pruned: [] };

    const version = await this.store.saveWatchlist(file, { actor: change.actor, at: new Date() });
    await this.audit.record({
      actor: change.actor,
      action: 'list.import',
      subject: `list ${file.list} v${version}`,
      reason: change.reason,
      at: new Date().toISOString(),
      summary: `${describeDiff(diff, against, version)}; ${file.format} ${file.version}; not active until activated`,
    });
    const pruned = await this.lists.prune(file.list);
    return { ...outcome, version, pruned };
  }

  private async parse(request: ImportRequest): Promise<WatchlistFile> {
    let file: WatchlistFile;
    try {
      file = await parseWatchlistFile(
        request.path,
        request.kind === 'un-sc' ? { list: request.list } : { expectedList: request.list },
      );
    } catch (error) {
      if (error instanceof WatchlistParseError)
        throw new RegistryError('invalid', `${request.path} refused, nothing stored: ${error.message}`, {
          problems: error.problems,
        });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new RegistryError('not-found', `${request.path}: no such file`);
      throw error;
    }
    if (!FORMATS[request.kind].includes(file.format))
      throw new RegistryError(
        'invalid',
        `${request.path} is ${file.format}; import ${request.kind} takes ${FORMATS[request.kind].join(' or ')}`,
      );
    return file;
  }
}
