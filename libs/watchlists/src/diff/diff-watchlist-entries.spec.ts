import { partyEntry as entry } from '../testing/party-entry';
import { diffWatchlistEntries, summariseWatchlistDiff } from './diff-watchlist-entries';

describe('the entry-level diff of two list versions', () => {
  it('names added, removed and changed entries by id and name, and counts the unchanged ones', () => {
    const from = [
      entry('A', 'Alpha Arms'),
      entry('B', 'Bravo Trading'),
      entry('C', 'Charlie Ltd', { points: 30 }),
    ];
    const to = [
      entry('C', 'Charlie Limited', { points: 45 }),
      entry('A', 'Alpha Arms'),
      entry('D', 'Delta SARL'),
    ];

    const diff = diffWatchlistEntries(from, to);

    expect(diff.added).toEqual([{ entryId: 'D', kind: 'PARTY', name: 'Delta SARL' }]);
    expect(diff.removed).toEqual([{ entryId: 'B', kind: 'PARTY', name: 'Bravo Trading' }]);
    expect(diff.changed).toEqual([
      {
        entryId: 'C',
        kind: 'PARTY',
        name: 'Charlie Limited',
        previousName: 'Charlie Ltd',
        fields: ['name', 'points'],
      },
    ]);
    expect(summariseWatchlistDiff(diff)).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
  });

  it('does not call an entry changed when only the order of its object keys differs', () => {
    const a = entry('A', 'Alpha', { addresses: [{ country: 'FR', city: 'Lyon' } as never] });
    const b = entry('A', 'Alpha', { addresses: [{ city: 'Lyon', country: 'FR' } as never] });
    expect(diffWatchlistEntries([a], [b]).changed).toEqual([]);
  });

  it('sees a change inside a nested field such as an alias', () => {
    const a = entry('A', 'Alpha', { aliases: [{ name: 'Alfa', quality: 'good' } as never] });
    const b = entry('A', 'Alpha', { aliases: [{ name: 'Alfa', quality: 'low' } as never] });
    expect(diffWatchlistEntries([a], [b]).changed).toEqual([
      { entryId: 'A', kind: 'PARTY', name: 'Alpha', fields: ['aliases'] },
    ]);
  });
});
