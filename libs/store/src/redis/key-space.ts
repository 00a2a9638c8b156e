/** How KeySpace lays out keys; see docs/redis.md. */
export interface KeySpaceOptions {
  /**
   * Put a Redis Cluster hash tag in every key a script or MULTI uses with others, so they share a slot:
   * `{registry}` for profiles, list versions, imports, the active pointer, its history and the audit
   * stream (the activation script checks them together); `{exemptions}` for the exemption keys; the
   * trader key for its two history keys. Off, the names are those of a single node or Sentinel
   * deployment before Cluster support (no data to migrate on upgrade). On for a Cluster REDIS_URL.
   */
  readonly hashTags?: boolean;
}

/**
 * Every Redis key this product writes, in one place, so the layout can be read (and changed) at a glance.
 * All keys start with the configured prefix (default `salw:`).
 */
export class KeySpace {
  /** Start of every registry key: the prefix, then the `{registry}` tag when hash tags are on. */
  private readonly registry: string;
  private readonly exemptionsBase: string;

  constructor(
    private readonly prefix: string,
    private readonly options: KeySpaceOptions = {},
  ) {
    this.registry = options.hashTags ? `${prefix}{registry}:` : prefix;
    this.exemptionsBase = options.hashTags ? `${prefix}{exemptions}` : `${prefix}exemptions`;
  }

  /** Whether keys carry Cluster hash tags (see KeySpaceOptions). */
  get hashTags(): boolean {
    return this.options.hashTags === true;
  }

  /** What every profile key starts with (for SCAN patterns over versions). */
  get profileKeyPrefix(): string {
    return `${this.registry}profile:`;
  }

  /** What every watchlist key starts with (for SCAN patterns over versions). */
  get watchlistKeyPrefix(): string {
    return `${this.registry}watchlist:`;
  }

  /** Counter that numbers profile versions of one profile id. */
  profileVersionCounter(profileId: string): string {
    return `${this.registry}profile:${profileId}:seq`;
  }
  /** One stored risk profile version (JSON). */
  profile(profileId: string, version: number): string {
    return `${this.registry}profile:${profileId}:v${version}`;
  }
  /** Counter that numbers versions of one watchlist. */
  watchlistVersionCounter(list: string): string {
    return `${this.registry}watchlist:${list}:seq`;
  }
  /** One stored watchlist version: JSON of the normalised file without its entries (see watchlistEntries). */
  watchlist(list: string, version: number): string {
    return `${this.registry}watchlist:${list}:v${version}`;
  }
  /** The entries of one stored watchlist version: a Redis list of chunks, each a JSON array of entries. */
  watchlistEntries(list: string, version: number): string {
    return `${this.registry}watchlist:${list}:v${version}:entries`;
  }
  /** The counts of the entry diff between two versions of a list (either direction), cached for the audit. */
  watchlistDiffCounts(list: string, a: number, b: number): string {
    return `${this.registry}watchlist:${list}:diff:v${Math.min(a, b)}:v${Math.max(a, b)}`;
  }
  /** The active screening configuration: which profile version and which list versions (JSON). */
  activeSnapshot(): string {
    return `${this.registry}snapshot:active`;
  }
  /** Counter for activations; its value is the snapshot's watchlist version that results name. */
  activationCounter(): string {
    return `${this.registry}snapshot:seq`;
  }
  /** The activations an activation replaced, newest first (JSON each): what rollback returns to. */
  activationHistory(): string {
    return `${this.registry}snapshot:history`;
  }
  /** Pub/sub channel announcing a new activation. */
  activationChannel(): string {
    return `${this.registry}snapshot:activated`;
  }
  /** Exemptions by id (a hash of JSON documents); see libs/store/src/exemptions. */
  exemptions(): string {
    return this.exemptionsBase;
  }
  /** Ids of exemptions not revoked, scored by expiry (ms): the set screeners load. */
  exemptionsActive(): string {
    return `${this.exemptionsBase}:active`;
  }
  /** Counter that numbers exemptions (`exm-N`). */
  exemptionCounter(): string {
    return `${this.exemptionsBase}:seq`;
  }
  /** Counter raised by every change of the exemptions; screeners poll it beside the channel. */
  exemptionsRevision(): string {
    return `${this.exemptionsBase}:revision`;
  }
  /** Pub/sub channel announcing a change of the exemptions (the message is the exemption changed). */
  exemptionsChannel(): string {
    return `${this.exemptionsBase}:changed`;
  }
  /** The registry's audit trail: a stream of who changed what, when and why. */
  auditStream(): string {
    return `${this.registry}audit`;
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
    return `${this.registry}watchlist-import:${importId}`;
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
    return `${this.prefix}history:first:${this.tag(traderKey)}`;
  }
  traderRecent(traderKey: string): string {
    return `${this.prefix}history:recent:${this.tag(traderKey)}`;
  }

  /** `{text}` when hash tags are on (braces inside it would end the tag early, so they are replaced). */
  private tag(text: string): string {
    return this.options.hashTags ? `{${text.replace(/[{}]/g, '_')}}` : text;
  }
}
