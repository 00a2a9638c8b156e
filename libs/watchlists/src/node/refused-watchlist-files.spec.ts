import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WatchlistParseError, formatWatchlistProblem } from '../errors/watchlist-parse.error';
import { parseWatchlistFile } from './watchlist-file.reader';

const UN_HEAD = `<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST dateGenerated='2024-09-26T00:00:07.514Z'>\n<INDIVIDUALS>\n`;
const unIndividual = (reference: string, name = 'Ali') =>
  `<INDIVIDUAL><REFERENCE_NUMBER>${reference}</REFERENCE_NUMBER><FIRST_NAME>${name}</FIRST_NAME></INDIVIDUAL>\n`;
const UN_TAIL = `</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n`;
const GOOD_LINE = '{"list":"national","entryId":"NAT-1","kind":"PARTY","name":"Sahel Logistics"}';
const CSV_HEADER = 'list,entryId,kind,name,value';

/**
 * Each kind of bad file issue 14 names is refused as a whole through the file reader the import uses,
 * and the refusal names the line (and the element or field) to fix.
 */
describe('watchlist files refused whole, naming where', () => {
  const dir = mkdtempSync(join(tmpdir(), 'salw-refused-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function refusal(name: string, content: string | Buffer): Promise<string[]> {
    const path = join(dir, name);
    writeFileSync(path, content);
    const error = await parseWatchlistFile(path).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(WatchlistParseError);
    return (error as WatchlistParseError).problems.map(formatWatchlistProblem);
  }

  it('malformed XML: the line, column and element', async () => {
    const xml = `${UN_HEAD}${unIndividual('QDi.1')}<INDIVIDUAL><FIRST_NAME>Omar</SECOND_NAME></INDIVIDUAL>\n${UN_TAIL}`;
    expect(await refusal('malformed.xml', xml)).toEqual([
      expect.stringMatching(
        /^line 5, column 43: \/CONSOLIDATED_LIST\/INDIVIDUALS\/INDIVIDUAL\[2\]: unexpected close tag/u,
      ),
    ]);
  });

  it('truncated XML: where the document stops', async () => {
    expect(await refusal('truncated.xml', `${UN_HEAD}${unIndividual('QDi.1')}<INDIVIDUAL><FIRST_NA`)).toEqual(
      [expect.stringMatching(/^line 5, column \d+: .*INDIVIDUAL\[2\].*/u)],
    );
  });

  it.each([
    [
      'latin1.xml',
      `${UN_HEAD}${unIndividual('QDi.1', 'Jos\u00e9')}${UN_TAIL}`,
      /^line 4, column 70: byte 0xE9 is not valid UTF-8 here; the file must be UTF-8/u,
    ],
    [
      'latin1.jsonl',
      `${GOOD_LINE}\n{"list":"national","entryId":"NAT-2","kind":"PARTY","name":"Jos\u00e9"}`,
      /^line 2: is not valid UTF-8/u,
    ],
    [
      'latin1.csv',
      `${CSV_HEADER}\nnational,NAT-1,PARTY,Jos\u00e9,\n`,
      /is not valid UTF-8 \(the first bad bytes come after line \d\)/u,
    ],
  ])('Latin-1 bytes in a UTF-8 file (%s): the line', async (name, text, message) => {
    expect(await refusal(name, Buffer.from(text, 'latin1'))).toEqual([expect.stringMatching(message)]);
  });

  it('UTF-16 without a byte-order mark: refused as not UTF-8, at its first NUL byte', async () => {
    const xml = Buffer.from(`${UN_HEAD}${unIndividual('QDi.1')}${UN_TAIL}`, 'utf16le');
    expect(await refusal('utf16.xml', xml)).toEqual([
      'line 1, column 2: holds a NUL byte (0x00): the file looks like UTF-16 without a byte-order mark, or is not text; it must be UTF-8',
    ]);
  });

  it('UTF-16 with a byte-order mark: refused, saying how to convert it', async () => {
    const jsonl = Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(GOOD_LINE, 'utf16le')]);
    expect(await refusal('utf16.jsonl', jsonl)).toEqual([
      expect.stringMatching(
        /^line 1, column 1: starts with a UTF-16 byte-order mark \(0xFFFE\); the file must be UTF-8/u,
      ),
    ]);
  });

  it.each([
    ['kind.jsonl', `${GOOD_LINE}\n{"list":"national","entryId":"NAT-2","kind":"SHIP","name":"X"}`, 2],
    ['kind.csv', `${CSV_HEADER}\nnational,NAT-1,PARTY,X,\nnational,NAT-2,SHIP,X,\n`, 3],
  ])('an unknown kind (%s): the line and field', async (name, text, line) => {
    expect(await refusal(name, text)).toContain(
      `line ${line}: kind: must be one of "PARTY", "CONTAINER", "VESSEL", "IDENTIFIER", "ADDRESS"`,
    );
  });

  it.each([
    [
      'container.jsonl',
      `${GOOD_LINE}\n{"list":"national","entryId":"NAT-2","kind":"CONTAINER","value":"TGHU8829471"}`,
      'line 2: value: container TGHU8829471 has check digit 1; ISO 6346 gives 0 (a mistyped number would never match)',
    ],
    [
      'container.csv',
      `${CSV_HEADER}\nnational,NAT-1,PARTY,X,\nnational,NAT-2,CONTAINER,,TGHU 882947-1\n`,
      'line 3: value: container TGHU8829471 has check digit 1; ISO 6346 gives 0 (a mistyped number would never match)',
    ],
    [
      'imo.jsonl',
      `${GOOD_LINE}\n{"list":"national","entryId":"NAT-2","kind":"VESSEL","value":"IMO 9166779"}`,
      'line 2: value: IMO9166779 has check digit 9; the IMO rule gives 8 (a mistyped number would never match)',
    ],
    [
      'imo.csv',
      `${CSV_HEADER}\nnational,NAT-2,VESSEL,,IMO9166779\n`,
      'line 2: value: IMO9166779 has check digit 9; the IMO rule gives 8 (a mistyped number would never match)',
    ],
  ])('a wrong check digit (%s): the line and value', async (name, text, message) => {
    expect(await refusal(name, text)).toEqual([message]);
  });

  it.each([
    [
      'duplicate.jsonl',
      `${GOOD_LINE}\n${GOOD_LINE.replace('Sahel', 'Other')}`,
      "line 2: entryId: 'NAT-1' is already used on line 1",
    ],
    [
      'duplicate.csv',
      `${CSV_HEADER}\nnational,NAT-1,PARTY,A,\nnational,NAT-1,PARTY,B,\n`,
      "line 3: entryId: 'NAT-1' is already used on line 2",
    ],
    [
      'duplicate.xml',
      `${UN_HEAD}${unIndividual('QDi.1')}${unIndividual('QDi.1', 'Omar')}${UN_TAIL}`,
      'line 5: /CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[2]: reference number QDi.1 appears more than once (first on line 4)',
    ],
  ])('a duplicate entryId (%s): both lines', async (name, text, message) => {
    expect(await refusal(name, text)).toEqual([message]);
  });

  it('bad CSV quoting: the line', async () => {
    const csv = `${CSV_HEADER}\nnational,NAT-1,PARTY,"Sahel "Logistics" SARL,\nnational,NAT-2,PARTY,B,\n`;
    expect(await refusal('quoting.csv', csv)).toEqual([
      expect.stringMatching(/^line 2: is not valid CSV: .*quote/iu),
    ]);
  });
});
