/** When a trader key was first seen, and in which declaration. */
export interface FirstSeen {
  readonly at: string;
  readonly declarationId: string;
}

/**
 * What the stateful indicators know about the traders of one declaration, loaded before scoring.
 * Plain data, so a stored result can be replayed with exactly the facts it was scored with.
 */
export interface HistoryFacts {
  /** Storage key -> first sighting; a key never seen is absent. */
  readonly firstSeen: Readonly<Record<string, FirstSeen>>;
  /** Storage key -> ids of declarations with arms-like goods recorded within the window, oldest first. */
  readonly recentArmsLike: Readonly<Record<string, readonly string[]>>;
}

export const NO_HISTORY: HistoryFacts = Object.freeze({
  firstSeen: Object.freeze({}),
  recentArmsLike: Object.freeze({}),
});
