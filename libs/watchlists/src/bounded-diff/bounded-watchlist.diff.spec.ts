import { diffWatchlistEntries } from '../diff/diff-watchlist-entries';
import type { WatchlistEntry } from '../model/watchlist-entry.model';
import { partyEntry as entry } from '../testing/party-entry';
import { BoundedWatchlistDiff } from './bounded-watchlist.diff';

function bounded(
  from: WatchlistEntry[],
  to: WatchlistEntry[],
  maxNamed?: number,
  indexed: 'from' | 'to' = 'from',
) {
  const diff = new BoundedWatchlistDiff({ indexed, ...(maxNamed === undefined ? {} : { maxNamed }) });
  const [indexedSide, other] = indexed === 'from' ? [from, to] : [to, from];
  indexedSide.forEach((e) => diff.index(e));
  other.forEach((e) => diff.compare(e));
  indexedSide.forEach((e) => diff.revisit(e));
  return diff.result();
}

describe('the bounded diff of two list versions', () => {
  it.each(['from', 'to'] as const)(
    'gives what diffWatchlistEntries gives, for 5,000 entries with every kind of change (%s indexed)',
    (indexed) => {
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const from = Array.from({ length: 5_000 }, (_, n) => entry(`N-${n}`, `Trader ${n}`, { points: 10 }));
      const to: WatchlistEntry[] = [];
      for (const old of from) {
        const roll = next();
        if (roll < 0.1) continue; // removed
        if (roll < 0.2) to.push({ ...old, name: `${old.name} Ltd` });
        else if (roll < 0.25) to.push({ ...old, points: 50 });
        else if (roll < 0.3) {
          // The same fields in another key order: unchanged.
          const { name, ...rest } = old;
          to.push({ ...rest, name } as WatchlistEntry);
        } else to.push(old);
      }
      for (let n = 0; n < 700; n++) to.push(entry(`M-${n}`, `Newcomer ${n}`));
      to.reverse();

      const result = bounded(from, to, undefined, indexed);
      expect(result.diff).toEqual(diffWatchlistEntries(from, to));
      expect(result.truncated).toBe(false);
      expect(result.counts.added).toBe(700);
    },
  );

  it('names at most maxNamed entries of each kind, the lowest ids, and still counts them all', () => {
    const from = [entry('A', 'Alpha'), entry('B', 'Bravo'), entry('C', 'Charlie'), entry('D', 'Delta')];
    const to = [entry('Z', 'Zulu'), entry('Y', 'Yankee'), entry('X', 'X-ray'), entry('D', 'Delta Ltd')];
    const result = bounded(from, to, 2);
    expect(result.counts).toEqual({ added: 3, removed: 3, changed: 1, unchanged: 0 });
    expect(result.diff.added.map((e) => e.entryId)).toEqual(['X', 'Y']);
    expect(result.diff.removed.map((e) => e.entryId)).toEqual(['A', 'B']);
    expect(result.diff.changed).toEqual([
      { entryId: 'D', kind: 'PARTY', name: 'Delta Ltd', previousName: 'Delta', fields: ['name'] },
    ]);
    expect(result.truncated).toBe(true);
  });

  it('counts every entry of a first import as added, with no older version', () => {
    const diff = new BoundedWatchlistDiff({ maxNamed: 1 });
    diff.add(entry('B', 'Bravo'));
    diff.add(entry('A', 'Alpha'));
    expect(diff.result()).toEqual({
      diff: {
        added: [{ entryId: 'A', kind: 'PARTY', name: 'Alpha' }],
        removed: [],
        changed: [],
        unchanged: 0,
      },
      counts: { added: 2, removed: 0, changed: 0, unchanged: 0 },
      truncated: true,
    });
  });

  it('refuses entries to index once the comparison has started', () => {
    const diff = new BoundedWatchlistDiff();
    diff.add(entry('A', 'Alpha'));
    expect(() => diff.index(entry('B', 'Bravo'))).toThrow('index entries given after the compare ones');
  });
});
