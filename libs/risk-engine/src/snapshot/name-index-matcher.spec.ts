import { nationalList } from '../testing/screening.fixture';
import { createNameIndexMatcher } from './name-index-matcher';

const parties = nationalList([
  { entryId: 'NAT-0042', kind: 'PARTY', name: 'Sahel Logistics SARL', aliases: ['Sahel Log'], country: 'ML' },
  { entryId: 'NAT-0050', kind: 'PARTY', name: 'Green Pine Associated Corporation', country: 'KP' },
]).entries;

describe('createNameIndexMatcher', () => {
  it('finds a listed party by name and names the snapshot entry key', () => {
    const [candidate] = createNameIndexMatcher(parties).search('Green Pine Associated Corp', {
      limit: 5,
      minScore: 0.8,
    });
    expect(candidate).toMatchObject({
      entryKey: 'national/NAT-0050',
      matchedName: 'Green Pine Associated Corporation',
    });
    expect(candidate!.similarity).toBeGreaterThan(0.8);
  });

  it('answers a repeated search with the same result as a fresh index would', () => {
    const cached = createNameIndexMatcher(parties);
    const uncached = createNameIndexMatcher(parties, { cacheSize: 0 });
    const first = cached.search('Sahel Logistics', { limit: 5, minScore: 0.8 });
    expect(cached.search('Sahel Logistics', { limit: 5, minScore: 0.8 })).toBe(first);
    expect(first).toEqual(uncached.search('Sahel Logistics', { limit: 5, minScore: 0.8 }));
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('keeps searches with different options apart', () => {
    const matcher = createNameIndexMatcher(parties);
    expect(matcher.search('Sahel Logistics', { limit: 5, minScore: 0.8 }).length).toBeGreaterThan(0);
    expect(matcher.search('Sahel Logistics', { limit: 5, minScore: 1.01 })).toEqual([]);
  });

  it('keeps a name that recurs between new ones', () => {
    const matcher = createNameIndexMatcher(parties, { cacheSize: 4 });
    const first = matcher.search('Sahel Logistics', { limit: 5, minScore: 0.8 });
    for (let k = 0; k < 10; k++) {
      matcher.search(`Green Pine ${k}`, { limit: 5, minScore: 0.8 });
      expect(matcher.search('Sahel Logistics', { limit: 5, minScore: 0.8 })).toBe(first);
    }
  });

  it('forgets a search once twice its generation of newer searches came after it', () => {
    const matcher = createNameIndexMatcher(parties, { cacheSize: 4 });
    const first = matcher.search('Sahel Logistics', { limit: 5, minScore: 0.8 });
    for (let k = 0; k < 4; k++) matcher.search(`Green Pine ${k}`, { limit: 5, minScore: 0.8 });
    expect(matcher.search('Sahel Logistics', { limit: 5, minScore: 0.8 })).not.toBe(first);
  });

  it('forgets the least recently used search beyond its size', () => {
    const matcher = createNameIndexMatcher(parties, { cacheSize: 1 });
    const first = matcher.search('Sahel Logistics', { limit: 5, minScore: 0.8 });
    matcher.search('Green Pine', { limit: 5, minScore: 0.8 });
    expect(matcher.search('Sahel Logistics', { limit: 5, minScore: 0.8 })).not.toBe(first);
  });
});
