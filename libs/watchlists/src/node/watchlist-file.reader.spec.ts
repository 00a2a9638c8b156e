import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WatchlistParseError } from '../errors/watchlist-parse.error';
import { parseWatchlistFile } from './watchlist-file.reader';

const FIXTURES = resolve(__dirname, '../../test-fixtures');

describe('parseWatchlistFile', () => {
  it.each([
    ['un-sc-fictional.xml', 'un-sc-xml', 'un-sc', 5],
    ['national.jsonl', 'jsonl', 'national', 8],
    ['national.csv', 'csv', 'national', 8],
  ])('reads %s from disk as %s', async (fileName, format, list, count) => {
    const file = await parseWatchlistFile(join(FIXTURES, fileName));
    expect([file.format, file.list, file.entries.length]).toEqual([format, list, count]);
  });

  describe('with files it cannot use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'salw-watchlists-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('refuses a file whose format it does not recognise, naming the file', async () => {
      const path = join(dir, 'notes.txt');
      writeFileSync(path, 'hello');
      await expect(parseWatchlistFile(path)).rejects.toThrow(/notes\.txt: format not recognised/u);
    });

    it('refuses a truncated UN list with a WatchlistParseError', async () => {
      const path = join(dir, 'un.xml');
      writeFileSync(
        path,
        "<CONSOLIDATED_LIST dateGenerated='2026-01-01T00:00:00Z'><INDIVIDUALS><INDIVIDUAL>",
      );
      await expect(parseWatchlistFile(path)).rejects.toBeInstanceOf(WatchlistParseError);
    });
  });
});
