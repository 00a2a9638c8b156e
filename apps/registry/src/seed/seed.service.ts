import type { RiskProfileDocument } from '@salw/risk-engine';
import type { Activation, AuditLogRepository, SnapshotStoreRepository } from '@salw/store';
import type { WatchlistFile } from '@salw/watchlists';
import type { ListRegistryService } from '../lists/list-registry.service';
import { activationBy, auditRecordOf, type Change } from '../shared/change';

export interface SeedOutcome {
  readonly activation: Activation;
  readonly profileCreated: boolean;
}

/**
 * `npm run seed`: a profile and parsed lists stored as new versions and activated in one step, the
 * imports and the activation audited like any other (the reason says "seed").
 */
export class SeedService {
  constructor(
    private readonly store: SnapshotStoreRepository,
    private readonly lists: ListRegistryService,
    private readonly audit: AuditLogRepository,
  ) {}

  async seed(
    profile: RiskProfileDocument,
    files: readonly WatchlistFile[],
    change: Change,
  ): Promise<SeedOutcome> {
    const saved = await this.store.saveProfile(profile);
    const versions: Record<string, number> = {};
    for (const file of files) {
      const version = await this.store.saveWatchlist(file, { actor: change.actor, at: new Date() });
      versions[file.list] = version;
      await this.audit.record(
        auditRecordOf(change, {
          action: 'list.import',
          subject: `list ${file.list} v${version}`,
          summary: `${file.entries.length} entries; ${file.format} ${file.version}; activated by the same seed`,
        }),
      );
    }
    const named = Object.entries(versions).map(([list, version]) => `${list} v${version}`);
    const activation = await this.store.activate(
      activationBy(
        change,
        { profile: { id: saved.id, version: saved.version }, lists: versions },
        {
          action: 'seed.activate',
          subject: [`profile ${saved.id} v${saved.version}`, ...named].join('; '),
          summary: `seeded ${files.length} list(s)${saved.created ? ' and a new profile version' : ''}`,
        },
      ),
      new Date(),
    );
    for (const list of Object.keys(versions)) await this.lists.prune(list);
    return { activation, profileCreated: saved.created };
  }
}
