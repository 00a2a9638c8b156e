import type { FirstSeen, HistoryFacts } from './history-facts.model';
import type { TraderHistoryPort } from './trader-history.port';
import type { HistoryQuery } from './trader-key.model';
import type { TraderObservation } from './trader-observation.model';

interface KeyHistory {
  firstSeen: FirstSeen;
  /** declarationId -> lodged at (ms), for arms-like consignments. */
  armsLike: Map<string, number>;
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
      // Most traders ship nothing arms-like: no copies and sorts for an empty window.
      if (history.armsLike.size === 0) continue;
      const recent = [...history.armsLike]
        .filter(([, at]) => at > from && at <= until)
        .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
        .map(([id]) => id);
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
          armsLike: new Map(),
        };
        this.byKey.set(key, history);
      }
      // One consignment per declaration: a replay or an amendment keeps the first time it was recorded.
      if (observation.armsLike && !history.armsLike.has(observation.declarationId))
        history.armsLike.set(observation.declarationId, at);
    }
  }
}
