import { compileProfile } from '../profile/compile-profile';
import type { RiskProfileDocument } from '../profile/risk-profile.schema';
import { buildSnapshot } from './build-snapshot';
import type { ScreeningSnapshot } from './screening-snapshot.model';
import type { WatchlistFileSource } from './watchlist-source.model';

/**
 * What the store holds for an activation, as the engine reads it: the profile document and each list
 * version with the number the store gave it. `ActivationDocuments` from `@salw/store` satisfies it.
 */
export interface StoredSnapshotDocuments {
  readonly profile: RiskProfileDocument;
  readonly watchlists: readonly {
    readonly version: number;
    readonly file: WatchlistFileSource & { readonly format: string };
  }[];
}

/**
 * The snapshot of stored documents, as the screener holds it and the registry's backtest compares
 * two of: the store keeps documents, the engine builds. Results name each list by the version a
 * person recognises: the UN list by its own generation time, other lists by the store's number.
 */
export function buildStoredSnapshot(stored: StoredSnapshotDocuments): ScreeningSnapshot {
  const lists: Record<string, string | number> = {};
  for (const { version, file } of stored.watchlists)
    lists[file.list] = file.format === 'un-sc-xml' ? file.version : version;
  return buildSnapshot({
    profile: compileProfile(stored.profile),
    watchlists: stored.watchlists.map((w) => w.file),
    versions: { lists },
  });
}
