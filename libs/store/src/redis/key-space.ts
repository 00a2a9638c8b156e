/**
 * Every Redis key this product writes, in one place, so the layout can be read (and changed) at a glance.
 * All keys start with the configured prefix (default `salw:`).
 */
export class KeySpace {
  constructor(private readonly prefix: string) {}

  /** Counter that numbers profile versions of one profile id. */
  profileVersionCounter(profileId: string): string {
    return `${this.prefix}profile:${profileId}:seq`;
  }
  /** One stored risk profile version (JSON). */
  profile(profileId: string, version: number): string {
    return `${this.prefix}profile:${profileId}:v${version}`;
  }
  /** Counter that numbers versions of one watchlist. */
  watchlistVersionCounter(list: string): string {
    return `${this.prefix}watchlist:${list}:seq`;
  }
  /** One stored watchlist version: JSON of the normalised file without its entries (see watchlistEntries). */
  watchlist(list: string, version: number): string {
    return `${this.prefix}watchlist:${list}:v${version}`;
  }
  /** The entries of one stored watchlist version: a Redis list of chunks, each a JSON array of entries. */
  watchlistEntries(list: string, version: number): string {
    return `${this.prefix}watchlist:${list}:v${version}:entries`;
  }
  /** The counts of the entry diff between two versions of a list (either direction), cached for the audit. */
  watchlistDiffCounts(list: string, a: number, b: number): string {
    return `${this.prefix}watchlist:${list}:diff:v${Math.min(a, b)}:v${Math.max(a, b)}`;
  }
  /** The active screening configuration: which profile version and which list versions (JSON). */
  activeSnapshot(): string {
    return `${this.prefix}snapshot:active`;
  }
  /** Counter for activations; its value is the snapshot's watchlist version that results name. */
  activationCounter(): string {
    return `${this.prefix}snapshot:seq`;
  }
  /** The activations an activation replaced, newest first (JSON each): what rollback returns to. */
  activationHistory(): string {
    return `${this.prefix}snapshot:history`;
  }
  /** Pub/sub channel announcing a new activation. */
  activationChannel(): string {
    return `${this.prefix}snapshot:activated`;
  }
  /** Exemptions by id (a hash of JSON documents); see libs/store/src/exemptions. */
  exemptions(): string {
    return `${this.prefix}exemptions`;
  }
  /** Ids of exemptions not revoked, scored by expiry (ms): the set screeners load. */
  exemptionsActive(): string {
    return `${this.prefix}exemptions:active`;
  }
  /** Counter that numbers exemptions (`exm-N`). */
  exemptionCounter(): string {
    return `${this.prefix}exemptions:seq`;
  }
  /** Counter raised by every change of the exemptions; screeners poll it beside the channel. */
  exemptionsRevision(): string {
    return `${this.prefix}exemptions:revision`;
  }
  /** Pub/sub channel announcing a change of the exemptions (the message is the exemption changed). */
  exemptionsChannel(): string {
    return `${this.prefix}exemptions:changed`;
  }
  /** The registry's audit trail: a stream of who changed what, when and why. */
  auditStream(): string {
    return `${this.prefix}audit`;
  }
  /** One screener instance's heartbeat (JSON, expires unless renewed): which activation it screens with. */
  screenerHeartbeat(instance: string): string {
    return `${this.prefix}screener:${instance}`;
  }
  /** Pattern matching every screener heartbeat key. */
  screenerHeartbeatPattern(): string {
    return `${this.prefix}screener:*`;
  }
  /** The prefix every key starts with (for SCAN patterns over versions). */
  get keyPrefix(): string {
    return this.prefix;
  }
  /**
   * Where an import writes a list's entry chunks before the list and its version are known to be
   * good; renamed to watchlistEntries on success, deleted on refusal, expiring if the importer dies.
   */
  watchlistImport(importId: string): string {
    return `${this.prefix}watchlist-import:${importId}`;
  }
  /** Which versions of a declaration were screened, and at which input offsets. */
  declarationLedger(declarationId: string): string {
    return `${this.prefix}ledger:${declarationId}`;
  }
  /** The API client that first submitted a declaration id through the intake; no other may submit it. */
  declarationOwner(declarationId: string): string {
    return `${this.prefix}owner:${declarationId}`;
  }
  /** Keys of the trader history (first sightings, recent arms-like consignments). */
  traderFirstSeen(traderKey: string): string {
    return `${this.prefix}history:first:${traderKey}`;
  }
  traderRecent(traderKey: string): string {
    return `${this.prefix}history:recent:${traderKey}`;
  }
}
