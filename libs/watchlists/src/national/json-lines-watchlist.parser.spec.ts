import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WatchlistParseError, formatWatchlistProblem } from '../errors/watchlist-parse.error';
import { pieces, refusalProblems } from '../testing/stream-pieces';
import { parseJsonLinesWatchlist, parseJsonLinesWatchlistStream } from './json-lines-watchlist.parser';

const FIXTURE = resolve(__dirname, '../../test-fixtures/national.jsonl');
const PARTY = '{"list":"national","entryId":"NAT-1","kind":"PARTY","name":"Sahel Logistics SARL"}';

function problemsOf(text: string): string[] {
  try {
    parseJsonLinesWatchlist(text);
  } catch (error) {
    if (error instanceof WatchlistParseError) return error.problems.map(formatWatchlistProblem);
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('parseJsonLinesWatchlist', () => {
  it('reads the national fixture: every kind, identifiers normalised and their check digits verified', () => {
    const file = parseJsonLinesWatchlist(readFileSync(FIXTURE, 'utf8'));
    expect(file).toMatchObject({ list: 'national', format: 'jsonl' });
    expect(file.version).toMatch(/^sha256:[0-9a-f]{64}$/u);
    expect(
      file.entries.map((entry) => [entry.entryId, entry.kind, entry.valueKey, entry.valueCheck]),
    ).toEqual([
      ['NAT-0042', 'PARTY', undefined, undefined],
      ['NAT-0043', 'PARTY', undefined, undefined],
      ['NAT-0107', 'CONTAINER', 'TGHU8829470', 'valid'],
      ['NAT-0109', 'CONTAINER', 'CSQU3054383', 'valid'],
      ['NAT-0108', 'VESSEL', 'IMO9166778', 'valid'],
      ['NAT-0110', 'VESSEL', 'IMO9321483', 'valid'],
      ['NAT-0201', 'IDENTIFIER', 'NG99887766', undefined],
      ['NAT-0300', 'ADDRESS', 'PLOT 7 IND LAYOUT KANO', undefined],
    ]);
    expect(file.warnings).toEqual([]);
  });

  it('maps a PARTY line to the normalised model', () => {
    const [entry] = parseJsonLinesWatchlist(readFileSync(FIXTURE, 'utf8')).entries;
    expect(entry).toEqual({
      list: 'national',
      entryId: 'NAT-0042',
      kind: 'PARTY',
      name: 'Sahel Logistics SARL',
      aliases: [{ name: 'Sahel Log', quality: 'unspecified' }],
      country: 'ML',
      reason: 'known SALW broker',
      points: 45,
      listedOn: '2026-03-01',
      expiresOn: null,
      addresses: [],
      nationalities: [],
      countries: ['ML'],
      documents: [],
    });
  });

  it('ignores blank lines, a byte-order mark and CRLF line ends, and versions by content', () => {
    const a = parseJsonLinesWatchlist(`\uFEFF${PARTY}\r\n\r\n`);
    const b = parseJsonLinesWatchlist(`${PARTY}\n`);
    expect(a.entries).toEqual(b.entries);
    expect(parseJsonLinesWatchlist(PARTY).version).not.toBe(
      parseJsonLinesWatchlist(PARTY.replace('Sahel', 'Sahara')).version,
    );
  });

  it.each([
    [
      'malformed JSON',
      '{"list":"national",',
      ['line 2, column 20: malformed JSON: expected a string in double quotes'],
    ],
    ['a JSON array', '[1,2]', ['line 2: must be object']],
    [
      'an unknown key',
      '{"list":"national","entryId":"NAT-2","kind":"PARTY","name":"X","colour":"red"}',
      ['line 2: colour: unknown field: the contract does not define it'],
    ],
    [
      'a prototype key',
      '{"list":"national","entryId":"NAT-2","kind":"PARTY","name":"X","__proto__":{}}',
      ['line 2: __proto__: key is not allowed (prototype pollution guard)'],
    ],
    [
      'a PARTY without name',
      '{"list":"national","entryId":"NAT-2","kind":"PARTY"}',
      ['line 2: name: required field is missing'],
    ],
    [
      'a blank name',
      '{"list":"national","entryId":"NAT-2","kind":"PARTY","name":"   "}',
      ['line 2: name: is blank'],
    ],
    [
      'a CONTAINER without value',
      '{"list":"national","entryId":"NAT-2","kind":"CONTAINER"}',
      ['line 2: value: required field is missing'],
    ],
    [
      'an unknown kind',
      '{"list":"national","entryId":"NAT-2","kind":"TRUCK","value":"X"}',
      ['line 2: kind: must be one of "PARTY", "CONTAINER", "VESSEL", "IDENTIFIER", "ADDRESS"'],
    ],
    [
      'a country that is not ISO 3166-1',
      '{"list":"national","entryId":"NAT-2","kind":"PARTY","name":"X","country":"QQ"}',
      ['line 2: country: is not an ISO 3166-1 alpha-2 country code'],
    ],
    [
      'points above 100',
      '{"list":"national","entryId":"NAT-2","kind":"PARTY","name":"X","points":101}',
      ['line 2: points: must be <= 100'],
    ],
    [
      'fractional points',
      '{"list":"national","entryId":"NAT-2","kind":"PARTY","name":"X","points":4.5}',
      ['line 2: points: must be integer'],
    ],
    [
      'an impossible date',
      '{"list":"national","entryId":"NAT-2","kind":"PARTY","name":"X","listedOn":"2026-02-30"}',
      ['line 2: listedOn: must be a date YYYY-MM-DD'],
    ],
    [
      'an expiry before listing',
      '{"list":"national","entryId":"NAT-2","kind":"PARTY","name":"X","listedOn":"2026-03-01","expiresOn":"2026-02-01"}',
      ['line 2: expiresOn: 2026-02-01 is before listedOn 2026-03-01'],
    ],
    [
      'a container number of the wrong shape',
      '{"list":"national","entryId":"NAT-2","kind":"CONTAINER","value":"TGH8829471"}',
      [
        "line 2: value: 'TGH8829471' is not an ISO 6346 container number (3-letter owner code, U/J/Z, 6-digit serial, check digit)",
      ],
    ],
    [
      'a vessel value that is not an IMO number',
      '{"list":"national","entryId":"NAT-2","kind":"VESSEL","value":"MV Example"}',
      ["line 2: value: 'MV Example' is not an IMO ship number (IMO followed by 7 digits)"],
    ],
    [
      'a duplicate entryId',
      '{"list":"national","entryId":"NAT-1","kind":"PARTY","name":"Other"}',
      ["line 2: entryId: 'NAT-1' is already used on line 1"],
    ],
    [
      'a second list name',
      '{"list":"agency","entryId":"AG-1","kind":"PARTY","name":"X"}',
      ["line 2: list: 'agency' differs from 'national' on line 1; a file holds one list"],
    ],
  ])('refuses the whole file for %s on line 2', (_case, line2, expected) => {
    expect(problemsOf(`${PARTY}\n${line2}\n`)).toEqual(expected);
  });

  it('reports every problem of the file, each with its line', () => {
    const text = [
      PARTY,
      '{"list":"national","entryId":"NAT-1","kind":"PARTY"}',
      '',
      '{oops',
      '{"list":"national","entryId":"NAT-4","kind":"PARTY","name":"X","country":"ng"}',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      "line 2: entryId: 'NAT-1' is already used on line 1",
      'line 2: name: required field is missing',
      'line 4, column 2: malformed JSON: expected a string in double quotes',
      'line 5: country: must match pattern "^[A-Z]{2}$"',
      'line 5: country: is not an ISO 3166-1 alpha-2 country code',
    ]);
  });

  it('caps the problems it keeps at 50 and says more were found', () => {
    const lines = Array.from(
      { length: 60 },
      (_, i) => `{"list":"national","entryId":"N-${i}","kind":"PARTY"}`,
    );
    let error: unknown;
    try {
      parseJsonLinesWatchlist(lines.join('\n'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WatchlistParseError);
    expect((error as WatchlistParseError).problems).toHaveLength(50);
    expect((error as WatchlistParseError).truncated).toBe(true);
    expect((error as WatchlistParseError).message).toContain('(50+ problems)');
  });

  it('refuses a file with no entries', () => {
    expect(problemsOf('\n\n')).toEqual(['file holds no entries, so the list it replaces is unknown']);
  });

  it('refuses lines of another list when the import is bound to one', () => {
    expect(() => parseJsonLinesWatchlist(PARTY, { expectedList: 'agency' })).toThrow(
      "line 1: list: 'national' is not the list being imported ('agency')",
    );
  });
});

describe('parseJsonLinesWatchlistStream', () => {
  // CRLF and LF line ends, a byte-order mark, blank lines, Cyrillic, Arabic and a character outside
  // the Basic Multilingual Plane (a surrogate pair in JavaScript), so that pieces cut anywhere split
  // multi-byte characters, surrogate pairs and CRLF pairs.
  const TEXT = [
    `\uFEFF${PARTY}`,
    '',
    '{"list":"national","entryId":"NAT-2","kind":"PARTY","name":"Трейд Логистик ООО","aliases":["شركة النور"]}',
    '{"list":"national","entryId":"NAT-3","kind":"PARTY","name":"\u{1D400}lpha Shipping"}',
    '{"list":"national","entryId":"NAT-4","kind":"CONTAINER","value":"TGHU8829470"}',
  ].join('\r\n');

  it.each([1, 2, 3, 5, 64, 100_000])(
    'reads bytes cut into pieces of %i as it reads the whole text: same entries, warnings and version',
    async (size) => {
      const whole = parseJsonLinesWatchlist(TEXT);
      const streamed = await parseJsonLinesWatchlistStream(pieces(Buffer.from(TEXT, 'utf8'), size));
      expect(streamed).toEqual(whole);
      expect(streamed.entries.map((e) => e.entryId)).toEqual(['NAT-1', 'NAT-2', 'NAT-3', 'NAT-4']);
    },
  );

  it.each([1, 2, 7])(
    'reads text pieces of %i code units, even cut inside a surrogate pair, to the same version',
    async (size) => {
      expect((await parseJsonLinesWatchlistStream(pieces(TEXT, size))).version).toBe(
        parseJsonLinesWatchlist(TEXT).version,
      );
    },
  );

  it('versions the content without its byte-order mark: its SHA-256 as UTF-8', async () => {
    const content = TEXT.slice(1);
    const digest = createHash('sha256').update(content, 'utf8').digest('hex');
    expect((await parseJsonLinesWatchlistStream(pieces(Buffer.from(TEXT, 'utf8'), 3))).version).toBe(
      `sha256:${digest}`,
    );
  });

  it('reads the national fixture as parseJsonLinesWatchlist does', async () => {
    const bytes = readFileSync(FIXTURE);
    expect(await parseJsonLinesWatchlistStream(pieces(bytes, 97))).toEqual(
      parseJsonLinesWatchlist(bytes.toString('utf8')),
    );
  });

  it('names the same lines in its problems as when the text is read whole, a bad line cut in pieces', async () => {
    const text = [
      PARTY,
      '{"list":"national","entryId":"NAT-2","kind":"PARTY"}',
      '{"list":"national",',
      '',
    ].join('\r\n');
    const problems = await refusalProblems(
      parseJsonLinesWatchlistStream(pieces(Buffer.from(text, 'utf8'), 4)),
    );
    expect(problems).toEqual(problemsOf(text));
    expect(problems.map((problem) => /^line \d+/.exec(problem)?.[0])).toEqual(['line 2', 'line 3']);
  });

  it('refuses a line that is not UTF-8, naming it, and still checks the others', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${PARTY}\n{"list":"national","entryId":"NAT-2","kind":"PARTY","name":"Caf`),
      Buffer.of(0xe9), // Latin-1 é: not UTF-8
      Buffer.from('"}\n{"list":"national","entryId":"NAT-1","kind":"PARTY","name":"Again"}\n'),
    ]);
    expect(await refusalProblems(parseJsonLinesWatchlistStream(pieces(bytes, 5)))).toEqual([
      'line 2: is not valid UTF-8',
      "line 3: entryId: 'NAT-1' is already used on line 1",
    ]);
  });
});
