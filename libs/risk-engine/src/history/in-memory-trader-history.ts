import type { FirstSeen, HistoryFacts } from './history-facts.model';
import type { TraderHistoryPort } from './trader-history.port';
import type { HistoryQuery } from './trader-key.model';
import type { TraderObservation } from './trader-observation.model';

interface KeyHistory {
  firstSeen: FirstSeen;
  /**
   * Its arms-like consignments, undefined until the first: most keys never have one, and a set and
   * an array for each of a backtest's hundreds of thousands of keys are garbage-collector work.
   */
  armsLike?: ArmsLikeConsignments;
}

interface ArmsLikeConsignments {
  /** Their declarationIds. */
  readonly ids: Set<string>;
  /** The same consignments ordered by lodging time, then declarationId: a window is a slice of it. */
  readonly byTime: ArmsLike[];
}

interface ArmsLike {
  readonly at: number;
  readonly id: string;
}

const before = (a: ArmsLike, b: ArmsLike) => a.at < b.at || (a.at === b.at && a.id < b.id);

/** The first position in `sorted` whose time is after `at` (binary search). */
function firstAfter(sorted: readonly ArmsLike[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid].at > at) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** {@link TraderHistoryPort} in process memory: for tests, replays and single-node tools. */
export class InMemoryTraderHistory implements TraderHistoryPort {
  private readonly byKey = new Map<string, KeyHistory>();

  async load(query: HistoryQuery, now: Date): Promise<HistoryFacts> {
    // Keyed by trader keys, a different set per declaration: in a `{}` each new key name would add a
    // hidden class that V8 keeps, and at a screener's traffic those additions cost more than the rest
    // of the look-up. A null-prototype object is a plain hash table from its first key on.
    const firstSeen = Object.create(null) as Record<string, FirstSeen>;
    const recentArmsLike = Object.create(null) as Record<string, string[]>;
    const from = now.getTime() - query.windowHours * 3_600_000;
    const until = now.getTime();
    for (const { key } of query.keys) {
      const history = this.byKey.get(key);
      if (!history) continue;
      firstSeen[key] = history.firstSeen;
      // Most traders ship nothing arms-like. A window is a slice of the time-ordered consignments: no scan of a busy trader's whole past.
      if (history.armsLike === undefined) continue;
      const sorted = history.armsLike.byTime;
      const recent: string[] = [];
      for (let i = firstAfter(sorted, from); i < sorted.length && sorted[i].at <= until; i++)
        recent.push(sorted[i].id);
      if (recent.length > 0) recentArmsLike[key] = recent;
    }
    return { firstSeen, recentArmsLike };
  }

  async record(observation: TraderObservation): Promise<void> {
    const at = Date.parse(observation.at);
    for (const { key } of observation.keys) {
      let history = this.byKey.get(key);
      if (!history) {
        history = {
          firstSeen: { at: observation.at, declarationId: observation.declarationId },
          armsLike: undefined, // one object shape for every key, with or without consignments
        };
        this.byKey.set(key, history);
      }
      // One consignment per declaration: a replay or an amendment keeps the first time it was recorded.
      if (!observation.armsLike) continue;
      const consignments = (history.armsLike ??= { ids: new Set(), byTime: [] });
      if (!consignments.ids.has(observation.declarationId)) {
        consignments.ids.add(observation.declarationId);
        insertInOrder(consignments.byTime, { at, id: observation.declarationId });
      }
    }
  }
}

/** Inserts keeping the order; declarations mostly come in lodging order, so usually at the end. */
function insertInOrder(sorted: ArmsLike[], item: ArmsLike): void {
  if (sorted.length === 0 || !before(item, sorted[sorted.length - 1])) {
    sorted.push(item);
    return;
  }
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(item, sorted[mid])) high = mid;
    else low = mid + 1;
  }
  sorted.splice(low, 0, item);
}
