/** Which versions the screeners use now; the one document an activation replaces atomically. */
export interface ActiveSnapshot {
  /** Increases with every activation; screeners compare it to know whether to rebuild. */
  readonly activation: number;
  readonly activatedAt: string;
  readonly profile: { readonly id: string; readonly version: number };
  /** List name -> stored version number of that list. */
  readonly lists: Readonly<Record<string, number>>;
}

/** What an activation names: a stored profile version and stored list versions. */
export interface ActivationRequest {
  readonly profile?: { readonly id: string; readonly version: number };
  /** Lists to switch to the given version; lists not named keep their active version. */
  readonly lists?: Readonly<Record<string, number>>;
  /** Lists to stop screening against. */
  readonly removeLists?: readonly string[];
}
