import type { CompiledProfile } from '../profile/compiled-profile.model';
import type { WatchlistTables } from './watchlist-tables.model';

/**
 * Everything one screening reads besides the declaration and trader history: the compiled profile,
 * the party name index and exact-match maps of the watchlists, with the versions that identify them.
 * Immutable; a new version is a new snapshot, swapped whole.
 */
export interface ScreeningSnapshot extends WatchlistTables {
  readonly profile: CompiledProfile;
}
