/** The roles whose history the engine keeps. */
export type HistoryRole = 'consignee' | 'consignor';

/** One way of recognising a trader across declarations: by identifier, by name, or by address. */
export interface TraderKey {
  readonly role: HistoryRole;
  readonly by: 'id' | 'name' | 'address';
  /** Stable storage key, e.g. `consignee:id:NG12345678`. */
  readonly key: string;
}

/** What to ask the history store for one declaration, and how far back "recent" reaches. */
export interface HistoryQuery {
  readonly keys: readonly TraderKey[];
  readonly windowHours: number;
}
