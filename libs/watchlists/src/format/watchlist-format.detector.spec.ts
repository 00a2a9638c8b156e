import { detectWatchlistFormat } from './watchlist-format.detector';

const UN_HEAD =
  "<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' dateGenerated='2024-09-26T00:00:07.514Z'>";

describe('detectWatchlistFormat', () => {
  it.each([
    ['consolidated.xml', UN_HEAD, 'un-sc-xml'],
    ['download', new TextEncoder().encode(`\uFEFF${UN_HEAD}`), 'un-sc-xml'],
    ['list.jsonl', '{"list":"national"}', 'jsonl'],
    ['list.NDJSON', '', 'jsonl'],
    ['list.csv', 'list,entryId,kind', 'csv'],
    ['export.txt', '\n  {"list":"national"}', 'jsonl'],
    ['export.txt', '"list","entryId","kind","name"\nnational,NAT-1,PARTY,X', 'csv'],
  ])('recognises %s starting %p as %s', (name, head, format) => {
    expect(detectWatchlistFormat(name, head)).toBe(format);
  });

  it('trusts UN content over a misleading extension', () => {
    expect(detectWatchlistFormat('list.csv', UN_HEAD)).toBe('un-sc-xml');
  });

  it.each([
    ['other.xml', '<?xml version="1.0"?><sanctionsData/>'],
    ['notes.txt', 'hello world'],
  ])('does not guess a format for %s', (name, head) => {
    expect(detectWatchlistFormat(name, head)).toBeUndefined();
  });
});
