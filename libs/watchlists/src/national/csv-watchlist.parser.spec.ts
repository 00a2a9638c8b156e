import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WatchlistParseError, formatWatchlistProblem } from '../errors/watchlist-parse.error';
import { pieces, refusalProblems } from '../testing/stream-pieces';
import { parseCsvWatchlist, parseCsvWatchlistStream } from './csv-watchlist.parser';
import { parseJsonLinesWatchlist } from './json-lines-watchlist.parser';

const FIXTURES = resolve(__dirname, '../../test-fixtures');
const HEADER = 'list,entryId,kind,name,aliases,country,reason,points,listedOn,expiresOn,value';
const PARTY =
  'national,NAT-1,PARTY,Sahel Logistics SARL,Sahel Log|SL Sarl,ML,known SALW broker,45,2026-03-01,,';

function problemsOf(text: string): string[] {
  try {
    parseCsvWatchlist(text);
  } catch (error) {
    if (error instanceof WatchlistParseError) return error.problems.map(formatWatchlistProblem);
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('parseCsvWatchlist', () => {
  it('reads the national CSV fixture into the same entries as the JSON Lines fixture', () => {
    const csv = parseCsvWatchlist(readFileSync(resolve(FIXTURES, 'national.csv'), 'utf8'));
    const jsonl = parseJsonLinesWatchlist(readFileSync(resolve(FIXTURES, 'national.jsonl'), 'utf8'));
    expect(csv.format).toBe('csv');
    // JSON Lines can say expiresOn: null; in CSV an empty cell means the same: no expiry.
    const withoutExpiry = jsonl.entries.map(({ expiresOn, ...entry }) =>
      expiresOn === null ? entry : { ...entry, expiresOn },
    );
    expect(csv.entries).toEqual(withoutExpiry);
    expect(csv.warnings).toEqual([]);
  });

  it('splits aliases on | and converts points to a number', () => {
    const [entry] = parseCsvWatchlist(`${HEADER}\n${PARTY}\n`).entries;
    expect(entry?.aliases).toEqual([
      { name: 'Sahel Log', quality: 'unspecified' },
      { name: 'SL Sarl', quality: 'unspecified' },
    ]);
    expect(entry?.points).toBe(45);
    expect(entry?.expiresOn).toBeUndefined();
  });

  it('accepts columns in any order and leaves out optional ones', () => {
    const file = parseCsvWatchlist('kind,value,entryId,list\nCONTAINER,CSQU3054383,NAT-9,national\n');
    expect(file.entries[0]).toMatchObject({ entryId: 'NAT-9', valueKey: 'CSQU3054383', valueCheck: 'valid' });
  });

  it('reads quoted cells holding commas and line breaks, naming the right line afterwards', () => {
    const text = `${HEADER}\nnational,NAT-1,ADDRESS,,,NG,"first line\nsecond line",,,,"Plot 7, Kano"\nnational,NAT-2,PARTY,,,,,,,,\n`;
    expect(problemsOf(text)).toEqual(['line 4: name: required field is missing']);
  });

  it.each([
    [
      'an unknown column',
      'list,entryId,kind,name,colour',
      [
        'line 1: colour: unknown column; allowed: list, entryId, kind, name, aliases, country, reason, points, listedOn, expiresOn, value',
      ],
    ],
    [
      'a missing required column',
      'list,entryId,name',
      ['line 1: kind: required column is missing from the header row'],
    ],
    ['a repeated column', 'list,entryId,kind,name,name', ['line 1: name: column appears more than once']],
  ])('refuses a header row with %s', (_case, header, expected) => {
    expect(problemsOf(`${header}\n`)).toEqual(expected);
  });

  it('refuses a record over 64 Ki characters, naming its line, from text and from a stream', async () => {
    const text = `${HEADER}\n${PARTY}\nnational,NAT-2,PARTY,"${'x'.repeat(70_000)}`;
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(/^line 3: is not valid CSV: Max Record Size: .*65536/),
    ]);
    await expect(refusalProblems(parseCsvWatchlistStream(pieces(text, 4096)))).resolves.toEqual([
      expect.stringMatching(/^line 3: is not valid CSV: Max Record Size: .*65536/),
    ]);
  });

  it('refuses a file without a header row', () => {
    expect(problemsOf('')).toEqual([
      'line 1: header row is missing; expected columns list,entryId,kind,name,aliases,country,reason,points,listedOn,expiresOn,value',
    ]);
  });

  it.each([
    ['too few cells', 'national,NAT-2,PARTY', ['line 3: has 3 fields; the header has 11']],
    [
      'a lower-case country',
      'national,NAT-2,PARTY,X,,ml,,,,,',
      [
        'line 3: country: must match pattern "^[A-Z]{2}$"',
        'line 3: country: is not an ISO 3166-1 alpha-2 country code',
      ],
    ],
    [
      'points that are not a number',
      'national,NAT-2,PARTY,X,,,,high,,,',
      ['line 3: points: must be integer'],
    ],
    ['negative points', 'national,NAT-2,PARTY,X,,,,-5,,,', ['line 3: points: must be >= 0']],
    [
      'a date in another format',
      'national,NAT-2,PARTY,X,,,,,01/03/2026,,',
      ['line 3: listedOn: must be a date YYYY-MM-DD'],
    ],
    [
      'an empty alias between separators',
      'national,NAT-2,PARTY,X,A||B,,,,,,',
      ['line 3: aliases[1]: must NOT have fewer than 1 characters'],
    ],
    [
      'a duplicate entryId',
      'national,NAT-1,PARTY,Other,,,,,,,',
      ["line 3: entryId: 'NAT-1' is already used on line 2"],
    ],
    [
      'another list name',
      'agency,AG-1,PARTY,X,,,,,,,',
      ["line 3: list: 'agency' differs from 'national' on line 2; a file holds one list"],
    ],
    [
      'an IDENTIFIER without value',
      'national,NAT-2,IDENTIFIER,,,,,,,,',
      ['line 3: value: required field is missing'],
    ],
  ])('refuses the whole file for %s on line 3', (_case, line3, expected) => {
    expect(problemsOf(`${HEADER}\n${PARTY}\n${line3}\n`)).toEqual(expected);
  });

  it('refuses CSV it cannot read, naming the line', () => {
    expect(problemsOf(`${HEADER}\n${PARTY}\nnational,"NAT-2\n`)).toEqual([
      expect.stringMatching(/^line \d+: is not valid CSV: Quote Not Closed/u),
    ]);
  });
});

describe('parseCsvWatchlistStream', () => {
  // A byte-order mark, CRLF, a quoted cell holding a comma and a line break, Cyrillic and a character
  // outside the Basic Multilingual Plane, so that pieces cut anywhere split all of them.
  const TEXT = [
    `\uFEFF${HEADER}`,
    PARTY,
    'national,NAT-2,PARTY,"Трейд, Логистик\r\nООО",,RU,,,,,',
    'national,NAT-3,PARTY,\u{1D400}lpha Shipping,,,,,,,',
    '',
  ].join('\r\n');

  it.each([1, 2, 3, 64, 100_000])(
    'reads bytes cut into pieces of %i as it reads the whole text: same entries, warnings and version',
    async (size) => {
      const streamed = await parseCsvWatchlistStream(pieces(Buffer.from(TEXT, 'utf8'), size));
      expect(streamed).toEqual(parseCsvWatchlist(TEXT));
      expect(streamed.entries.map((entry) => entry.name)).toEqual([
        'Sahel Logistics SARL',
        'Трейд, Логистик ООО', // the quoted line break read as a space, as the whole-text parser reads it
        '\u{1D400}lpha Shipping',
      ]);
    },
  );

  it('reads text pieces cut inside a surrogate pair to the same version', async () => {
    expect((await parseCsvWatchlistStream(pieces(TEXT, 1))).version).toBe(parseCsvWatchlist(TEXT).version);
  });

  it('reads the national CSV fixture as parseCsvWatchlist does', async () => {
    const bytes = readFileSync(resolve(FIXTURES, 'national.csv'));
    expect(await parseCsvWatchlistStream(pieces(bytes, 50))).toEqual(
      parseCsvWatchlist(bytes.toString('utf8')),
    );
  });

  it('refuses what parseCsvWatchlist refuses, with the same problems', async () => {
    for (const text of [
      `${HEADER}\n${PARTY}\nnational,"NAT-2\n`,
      `${HEADER}\n${PARTY}\nnational,NAT-1,PARTY,Again,,,,,,,\n`,
      'list,entryId,colour\nnational,NAT-1,red\n',
      '\n\n',
    ]) {
      expect(await refusalProblems(parseCsvWatchlistStream(pieces(Buffer.from(text, 'utf8'), 7)))).toEqual(
        problemsOf(text),
      );
    }
  });

  it('refuses bytes that are not UTF-8, saying after which line', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\n${PARTY}\nnational,NAT-2,PARTY,Caf`),
      Buffer.of(0xe9, 0x0a),
    ]);
    expect(await refusalProblems(parseCsvWatchlistStream(pieces(bytes, 1000)))).toEqual([
      expect.stringMatching(/^is not valid UTF-8 \(the first bad bytes come after line \d+\)$/u),
    ]);
  });

  it('lets a failing read through as it is, not as a CSV problem', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield Buffer.from(`${HEADER}\n`);
      throw new Error('EIO: i/o error, read');
    }
    await expect(parseCsvWatchlistStream(failing())).rejects.toThrow(/^EIO: i\/o error, read$/u);
  });
});
