/**
 * What the screeners use now: the activation number, the profile version and the list versions. The
 * store keeps one active `Activation` (the pointer an activation replaces atomically) and a history
 * of the previous ones for rollback. The engine builds a `ScreeningSnapshot` from its documents; the
 * screener's `SnapshotHolder` holds that.
 */
export interface Activation {
  /** Increases with every activation; screeners compare it to know whether to rebuild. */
  readonly activation: number;
  readonly activatedAt: string;
  readonly profile: { readonly id: string; readonly version: number };
  /** List name -> stored version number of that list. */
  readonly lists: Readonly<Record<string, number>>;
  /** Who made this activation and why (absent on activations made before the audit existed). */
  readonly actor?: string;
  readonly reason?: string;
}

/** What an activation names: a stored profile version and stored list versions. */
export interface ActivationRequest {
  readonly profile?: { readonly id: string; readonly version: number };
  /** Lists to switch to the given version; lists not named keep their active version. */
  readonly lists?: Readonly<Record<string, number>>;
  /** Lists to stop screening against. */
  readonly removeLists?: readonly string[];
  readonly actor?: string;
  readonly reason?: string;
  /**
   * The audit record written in the same atomic step as the activation (needs actor and reason);
   * the record also names the activation number.
   */
  readonly audit?: { readonly action: string; readonly subject: string; readonly summary: string };
}

/** One stored list version as the registry lists it (the header, without the entries). */
export interface StoredVersionInfo {
  readonly list: string;
  readonly version: number;
  readonly entries?: number;
  readonly format: string;
  /** The version the source gave (the UN list's generation time, a national list's own label). */
  readonly sourceVersion: string;
  readonly importedAt?: string;
  readonly importedBy?: string;
}
