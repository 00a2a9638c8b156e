import type { WatchlistEntrySource } from './watchlist-source.model';
import { entryKeyOf } from './name-index-matcher';
import { PartyEntryTable } from './party-entry-table';

function party(entryId: string, extra: Partial<WatchlistEntrySource> = {}): WatchlistEntrySource {
  return {
    list: 'national',
    entryId,
    kind: 'PARTY',
    name: `Party ${entryId}`,
    aliases: [{ name: `Alias ${entryId}` }],
    country: 'NG',
    points: 40,
    countries: [],
    documents: [],
    ...extra,
  };
}

describe('PartyEntryTable', () => {
  const un: WatchlistEntrySource = {
    ...party('KPe.010', { list: 'un-sc', points: undefined, country: 'KP', countries: ['KP', 'CN'] }),
    referenceNumber: 'KPe.010',
    documents: [{ type: 'Passport', number: 'OA 454044' }],
  };
  const entries = [
    party('NAT-1'),
    party('NAT-2', { expiresOn: '2026-01-31', reason: 'broker', points: 70 }),
    party('NAT-3', { expiresOn: null, referenceNumber: 'R-3' }),
    un,
  ];
  const { table, kept, keys } = PartyEntryTable.build(entries, entryKeyOf);

  it('gives every fact of an entry the indicators read, by snapshot key', () => {
    const facts = [
      'list',
      'entryId',
      'kind',
      'reason',
      'points',
      'expiresOn',
      'partyKind',
      'country',
      'countries',
      'documents',
      'referenceNumber',
    ] as const;
    for (const entry of entries) {
      const found = table.get(entryKeyOf(entry));
      for (const fact of facts) expect([fact, found?.[fact]]).toEqual([fact, entry[fact]]);
    }
  });

  it('knows no key it was not given', () => {
    expect(table.get('national/NAT-4')).toBeUndefined();
    expect(table.get('national/NAT-')).toBeUndefined();
    expect(table.has('un-sc/KPe.010')).toBe(true);
    expect(table.has('national/KPe.010')).toBe(false);
  });

  it('keeps list order, and a key given twice keeps its first place with the later entry', () => {
    const later = party('NAT-1', { points: 90 });
    const built = PartyEntryTable.build([...entries, later], entryKeyOf);
    expect([...built.table.keys()]).toEqual([
      'national/NAT-1',
      'national/NAT-2',
      'national/NAT-3',
      'un-sc/KPe.010',
    ]);
    expect(built.table.size).toBe(4);
    expect(built.table.get('national/NAT-1')?.points).toBe(90);
    expect(built.kept[0]).toBe(later);
  });

  it('hands the entries it kept and their keys to the name index builder', () => {
    expect(kept).toEqual(entries);
    expect(keys).toEqual(entries.map(entryKeyOf));
  });

  it('keeps apart facts that differ only as undefined and null, a number and its text, or where a text ends', () => {
    const alike = [
      party('A-1', { expiresOn: undefined }),
      party('A-2', { expiresOn: null }),
      party('A-3', { reason: '40', points: undefined }),
      party('A-4', { reason: undefined, points: 40 }),
      party('A-5', { reason: 'a', partyKind: 'bc' }),
      party('A-6', { reason: 'ab', partyKind: 'c' }),
      party('A-7', { countries: ['NG', 'GH'] }),
      party('A-8', { countries: ['NG'] }),
      party('A-9', { expiresOn: null }),
    ];
    const built = PartyEntryTable.build(alike, entryKeyOf).table;
    const facts = (id: string) => {
      const { expiresOn, reason, points, partyKind, countries } = built.get(`national/${id}`)!;
      return { expiresOn, reason, points, partyKind, countries };
    };
    for (const entry of alike)
      expect(facts(entry.entryId)).toEqual({
        expiresOn: entry.expiresOn,
        reason: entry.reason,
        points: entry.points,
        partyKind: entry.partyKind,
        countries: entry.countries,
      });
    expect(facts('A-2').expiresOn).toBeNull();
    expect(facts('A-1').expiresOn).toBeUndefined();
  });
});
