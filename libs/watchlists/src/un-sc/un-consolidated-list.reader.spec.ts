import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WatchlistParseError } from '../errors/watchlist-parse.error';
import type { WatchlistFile } from '../model/watchlist-file.model';
import { pieces, refusalProblems } from '../testing/stream-pieces';
import { parseUnConsolidatedList, parseUnConsolidatedListText } from './parse-un-consolidated-list';

const FIXTURE = resolve(__dirname, '../../test-fixtures/un-sc-fictional.xml');

function refusal(xml: string): WatchlistParseError {
  try {
    parseUnConsolidatedListText(xml);
  } catch (error) {
    if (error instanceof WatchlistParseError) return error;
    throw error;
  }
  throw new Error('expected the document to be refused');
}

function byId(file: WatchlistFile, entryId: string) {
  const entry = file.entries.find((candidate) => candidate.entryId === entryId);
  if (entry === undefined) throw new Error(`${entryId} not parsed`);
  return entry;
}

describe('UN consolidated list reader, on the fictional fixture', () => {
  const file = parseUnConsolidatedListText(readFileSync(FIXTURE, 'utf8'));

  it('files every entry under list un-sc, versioned by dateGenerated to the second', () => {
    expect(file).toMatchObject({ list: 'un-sc', format: 'un-sc-xml', version: '2026-11-01T06:00:00Z' });
    expect(file.entries.map((entry) => [entry.entryId, entry.partyKind])).toEqual([
      ['ZZi.001', 'INDIVIDUAL'],
      ['ZZi.002', 'INDIVIDUAL'],
      ['ZZi.003', 'INDIVIDUAL'],
      ['ZZe.001', 'ORGANISATION'],
      ['ZZe.002', 'ORGANISATION'],
    ]);
  });

  it('builds an individual from its name parts, dropping the "na" placeholder, with aliases, address, document', () => {
    expect(byId(file, 'ZZi.001')).toEqual({
      list: 'un-sc',
      entryId: 'ZZi.001',
      kind: 'PARTY',
      name: 'IVAN PETROVICH KORSAKOV',
      aliases: [
        { name: 'Ivan Korsakoff', quality: 'good' },
        { name: 'The Quartermaster', quality: 'low' },
      ],
      country: 'RU',
      reason: 'UN Security Council DPRK sanctions list',
      listedOn: '2025-06-30',
      partyKind: 'INDIVIDUAL',
      originalScriptName: 'Иван Петрович Корсаков',
      addresses: [{ line: 'Unit 4, Building 12, Jebel Ali Free Zone', city: 'Dubai', country: 'AE' }],
      nationalities: ['RU'],
      countries: ['RU', 'AE'],
      documents: [{ type: 'Passport', number: 'ZZ0000001', country: 'RU' }],
      datesOfBirth: [{ type: 'exact', date: '1971-04-12' }],
      referenceNumber: 'ZZi.001',
      unListType: 'DPRK',
      comments: 'Fictional arms broker arranging shipments of small arms through free zones.',
      dataId: '990001',
      recordVersion: 1,
      listTypes: ['UN List'],
    });
  });

  it('reads the day of a zoned LISTED_ON and maps curly-apostrophe and SAR country names', () => {
    const entry = byId(file, 'ZZi.002');
    expect(entry.listedOn).toBe('2024-02-15');
    expect(entry.nationalities).toEqual(['NG', 'CI']);
    expect(entry.addresses.map((address) => address.country)).toEqual(['NG', 'HK']);
    expect(entry.addresses[1]).toEqual({ city: 'Hong Kong', country: 'HK', note: 'previous location' });
  });

  it('builds an entity with a.k.a./f.k.a. aliases, joining a name wrapped across lines', () => {
    const entry = byId(file, 'ZZe.001');
    expect(entry.name).toBe('BLUE HARBOUR TRADING CORPORATION');
    expect(entry.aliases).toEqual([
      { name: 'BLUE HARBOR TRADING CO', quality: 'a.k.a.' },
      { name: 'Pureun Hanggu General Trading', quality: 'f.k.a.' },
    ]);
    expect(entry.country).toBe('KP');
    expect(entry.countries).toEqual(['KP', 'HK']);
    expect(entry.nationalities).toEqual([]);
  });

  it('skips empty alias, address and document elements without warnings', () => {
    expect(byId(file, 'ZZi.003').aliases).toEqual([]);
    expect(byId(file, 'ZZi.001').documents).toHaveLength(1);
    expect(file.warnings.filter((warning) => warning.code !== 'UNMAPPED_COUNTRY')).toEqual([]);
  });

  it('warns once, with element path, line and entry, for a country name it cannot map, and keeps it as a name', () => {
    expect(file.warnings).toEqual([
      {
        code: 'UNMAPPED_COUNTRY',
        message:
          "country name 'Atlantis' has no ISO 3166-1 code in the UN country table; kept as a name only",
        line: 108,
        path: '/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[3]/NATIONALITY/VALUE[2]',
        entryId: 'ZZi.003',
      },
    ]);
    expect(byId(file, 'ZZi.003').nationalities).toEqual(['SY']);
    expect(byId(file, 'ZZi.003').nationalityNames).toEqual(['Atlantis']);
    expect(byId(file, 'ZZi.003').countries).toEqual(['SY', 'TR']);
  });

  it('gives the same result when the bytes arrive in 1 KB chunks split inside multi-byte characters', async () => {
    const bytes = readFileSync(FIXTURE);
    async function* chunks() {
      for (let offset = 0; offset < bytes.length; offset += 1024) yield bytes.subarray(offset, offset + 1024);
    }
    expect(await parseUnConsolidatedList(chunks())).toEqual(file);
  });
});

describe('UN consolidated list reader, on what identifies a listed person', () => {
  const xml =
    "<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST dateGenerated='2026-01-01T00:00:00Z'><INDIVIDUALS>\n" +
    '<INDIVIDUAL><REFERENCE_NUMBER>ZZi.9</REFERENCE_NUMBER><FIRST_NAME>JAMIL</FIRST_NAME><SECOND_NAME>MUKULU</SECOND_NAME>\n' +
    '<TITLE><VALUE>Sheikh</VALUE><VALUE>Dr</VALUE></TITLE>\n' +
    '<DESIGNATION><VALUE>Commander of the Allied Democratic Forces</VALUE></DESIGNATION>\n' +
    '<NATIONALITY><VALUE>Uganda</VALUE></NATIONALITY>\n' +
    '<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1965-01-01</DATE></INDIVIDUAL_DATE_OF_BIRTH>\n' +
    '<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1964</YEAR></INDIVIDUAL_DATE_OF_BIRTH>\n' +
    '<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1963</FROM_YEAR><TO_YEAR>1966</TO_YEAR><NOTE>Approximately</NOTE></INDIVIDUAL_DATE_OF_BIRTH>\n' +
    '<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>sometime</DATE></INDIVIDUAL_DATE_OF_BIRTH>\n' +
    '<INDIVIDUAL_PLACE_OF_BIRTH><CITY>Ntoke Village</CITY><STATE_PROVINCE>Ntenjeru</STATE_PROVINCE><COUNTRY>Uganda</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>\n' +
    '<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>DA0074999</NUMBER><ISSUING_COUNTRY>Uganda</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>\n' +
    '</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>';
  const file = parseUnConsolidatedListText(xml);

  it('keeps each date of birth as listed: a day, an approximate year, a range of years', () => {
    expect(byId(file, 'ZZi.9').datesOfBirth).toEqual([
      { type: 'exact', date: '1965-01-01' },
      { type: 'approximately', year: 1964 },
      { type: 'between', fromYear: 1963, toYear: 1966, note: 'Approximately' },
    ]);
  });

  it('warns about a date of birth it cannot read, naming its element and line', () => {
    expect(file.warnings).toEqual([
      expect.objectContaining({
        code: 'INVALID_DATE',
        entryId: 'ZZi.9',
        line: 10,
        path: '/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]/INDIVIDUAL_DATE_OF_BIRTH[4]',
      }),
    ]);
  });

  it('keeps place of birth, titles, designation, nationality and each document with its number and issuing country', () => {
    expect(byId(file, 'ZZi.9')).toMatchObject({
      placesOfBirth: [{ city: 'Ntoke Village', stateProvince: 'Ntenjeru', country: 'UG' }],
      titles: ['Sheikh', 'Dr'],
      designations: ['Commander of the Allied Democratic Forces'],
      nationalities: ['UG'],
      documents: [{ type: 'Passport', number: 'DA0074999', country: 'UG' }],
      countries: ['UG'],
    });
  });
});

describe('UN consolidated list reader, on bytes that are not UTF-8', () => {
  const good = Buffer.from(
    "<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST dateGenerated='2026-01-01T00:00:00Z'>\n<ENTITIES>\n" +
      '<ENTITY><REFERENCE_NUMBER>ZZe.1</REFERENCE_NUMBER><FIRST_NAME>Жасмин ',
  );
  const bad = Buffer.concat([
    good,
    Buffer.from([0xff, 0x41]),
    Buffer.from('</FIRST_NAME></ENTITY>\n</ENTITIES></CONSOLIDATED_LIST>\n'),
  ]);

  it.each([1, 2, 7, 4096])(
    'refuses the file with a WatchlistParseError naming line and column, in pieces of %i bytes',
    async (size) => {
      expect(await refusalProblems(parseUnConsolidatedList(pieces(bad, size)))).toEqual([
        `line 4, column ${good.length - good.lastIndexOf(0x0a)}: byte 0xFF is not valid UTF-8 here; the file must be UTF-8`,
      ]);
    },
  );

  it('refuses a file that ends inside a multi-byte character', async () => {
    const cut = Buffer.concat([good, Buffer.from('Ж').subarray(0, 1)]);
    const problems = await refusalProblems(parseUnConsolidatedList(pieces(cut, 5)));
    expect(problems).toEqual([
      expect.stringMatching(/^line 4, column \d+: the file ends inside a multi-byte UTF-8 character/u),
    ]);
  });
});

describe('UN consolidated list reader, on a bad document', () => {
  const header =
    "<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST dateGenerated='2026-01-01T00:00:00Z'>\n";

  it('refuses malformed XML, naming line, column and element path', () => {
    const error = refusal(`${header}<INDIVIDUALS>\n<INDIVIDUAL>\n<FIRST_NAME>A</SECOND_NAME>\n`);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      line: 5,
      path: '/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]',
      message: 'unexpected close tag.',
    });
    expect(error.message).toMatch(
      /^un-sc-xml file refused \(1 problem\):\n {2}line 5, column \d+: \/CONSOLIDATED_LIST/u,
    );
  });

  it('refuses a document cut off before its end', () => {
    expect(refusal(`${header}<INDIVIDUALS>\n<INDIVIDUAL>`).problems[0]?.message).toMatch(/unclosed tag/iu);
  });

  it('refuses XML whose root is not CONSOLIDATED_LIST', () => {
    expect(refusal('<sanctionsList/>').message).toContain(
      'root element is sanctionsList; expected CONSOLIDATED_LIST',
    );
  });

  it('refuses a list without dateGenerated, since its version would be unknown', () => {
    expect(
      refusal(
        '<CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>1</DATAID><FIRST_NAME>X</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>',
      ).message,
    ).toContain('has no dateGenerated attribute');
  });

  it('refuses a list with no entries rather than emptying the UN list', () => {
    expect(refusal(`${header}<INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>`).message).toContain(
      'holds no INDIVIDUAL or ENTITY',
    );
  });

  it('lists every nameless or duplicate entry in one refusal', () => {
    const error = refusal(
      `${header}<ENTITIES>\n<ENTITY><REFERENCE_NUMBER>ZZe.1</REFERENCE_NUMBER></ENTITY>\n` +
        '<ENTITY><REFERENCE_NUMBER>ZZe.2</REFERENCE_NUMBER><FIRST_NAME>B</FIRST_NAME></ENTITY>\n' +
        '<ENTITY><REFERENCE_NUMBER>ZZe.2</REFERENCE_NUMBER><FIRST_NAME>C</FIRST_NAME></ENTITY>\n</ENTITIES></CONSOLIDATED_LIST>',
    );
    expect(error.problems).toEqual([
      {
        line: 4,
        path: '/CONSOLIDATED_LIST/ENTITIES/ENTITY[1]',
        message: 'entry ZZe.1 has no name (FIRST_NAME is empty)',
      },
      {
        line: 6,
        path: '/CONSOLIDATED_LIST/ENTITIES/ENTITY[3]',
        message: 'reference number ZZe.2 appears more than once (first on line 5)',
      },
    ]);
  });

  it('falls back to DATAID when REFERENCE_NUMBER is missing', () => {
    const file = parseUnConsolidatedListText(
      `${header}<ENTITIES><ENTITY><DATAID>777</DATAID><FIRST_NAME>X</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>`,
    );
    expect(file.entries[0]?.entryId).toBe('777');
  });
});
