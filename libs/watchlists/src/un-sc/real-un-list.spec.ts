import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WatchlistFile } from '../model/watchlist-file.model';
import { parseUnConsolidatedList } from './parse-un-consolidated-list';

const REAL_UN_LIST = resolve(__dirname, '../../../../../shared/data/un-sc/consolidated-2024-09-26.xml');
const present = existsSync(REAL_UN_LIST);
const it_ = present ? it : it.skip;
if (!present) {
  console.warn(
    `real UN list tests skipped: ${REAL_UN_LIST} not found (shared data is mounted at ../shared beside the repo)`,
  );
}

describe('the real UN consolidated list of 2024-09-26', () => {
  let file: WatchlistFile;
  const byId = (entryId: string) => {
    const entry = file.entries.find((candidate) => candidate.entryId === entryId);
    if (!entry) throw new Error(`${entryId} is not in the list`);
    return entry;
  };

  beforeAll(async () => {
    if (present) file = await parseUnConsolidatedList(createReadStream(REAL_UN_LIST));
  });

  it_('holds 682 individuals and 193 entities, all with distinct reference numbers', () => {
    const individuals = file.entries.filter((entry) => entry.partyKind === 'INDIVIDUAL');
    const entities = file.entries.filter((entry) => entry.partyKind === 'ORGANISATION');
    expect([individuals.length, entities.length]).toEqual([682, 193]);
    expect(new Set(file.entries.map((entry) => entry.entryId)).size).toBe(875);
    expect(file.entries.every((entry) => entry.entryId === entry.referenceNumber)).toBe(true);
  });

  it_(
    'keeps what identifies CDi.015 Jamil Mukulu: designation, nationality, both dates and the place of birth',
    () => {
      expect(file.entries.find((entry) => entry.entryId === 'CDi.015')).toMatchObject({
        name: 'JAMIL MUKULU',
        designations: ['Head of the Allied Democratic Forces (ADF)', 'Commander, Allied Democratic Forces'],
        nationalities: ['UG'],
        datesOfBirth: [
          { type: 'exact', year: 1965 },
          { type: 'exact', date: '1964-01-01' },
        ],
        placesOfBirth: [
          { city: 'Ntoke Village, Ntenjeru Sub County', stateProvince: 'Kayunga District', country: 'UG' },
        ],
      });
    },
  );

  it_('gives most individuals a date of birth and no entity one', () => {
    const individuals = file.entries.filter((entry) => entry.partyKind === 'INDIVIDUAL');
    const withBirthDate = individuals.filter((entry) => (entry.datesOfBirth?.length ?? 0) > 0);
    expect(withBirthDate.length).toBeGreaterThan(600);
    expect(file.entries.some((e) => e.partyKind === 'ORGANISATION' && e.datesOfBirth !== undefined)).toBe(
      false,
    );
  });

  it_('is versioned by its dateGenerated, to the second', () => {
    expect(file.version).toBe('2024-09-26T00:00:07Z');
  });

  it_(
    'contains KPe.010 Green Pine Associated Corporation with its ten aliases and Pyongyang addresses in KP',
    () => {
      const greenPine = file.entries.find((entry) => entry.entryId === 'KPe.010');
      expect(greenPine).toMatchObject({
        name: 'GREEN PINE ASSOCIATED CORPORATION',
        partyKind: 'ORGANISATION',
        unListType: 'DPRK',
        listedOn: '2012-05-02',
        country: 'KP',
        countries: ['KP'],
      });
      expect(greenPine?.aliases).toHaveLength(10);
      expect(greenPine?.aliases).toContainEqual({ name: 'CHONGSONG YONHAP', quality: 'a.k.a.' });
      // The UN wraps this alias across two lines; the reader joins it.
      expect(greenPine?.aliases).toContainEqual({
        name: 'National Resources Development and Investment Corporation',
        quality: 'a.k.a.',
      });
      expect(greenPine?.addresses.length).toBeGreaterThanOrEqual(2);
      expect(
        greenPine?.addresses.every((address) => address.country === 'KP' && address.city === 'Pyongyang'),
      ).toBe(true);
    },
  );

  it_(
    'maps every country name but one ("former Soviet Union", which has no current code) and names where it was',
    () => {
      const unmapped = file.warnings.filter((warning) => warning.code === 'UNMAPPED_COUNTRY');
      console.info(
        `unmapped UN country names: ${JSON.stringify(unmapped.map((warning) => warning.message))}`,
      );
      expect(unmapped).toEqual([
        expect.objectContaining({
          entryId: 'QDi.290',
          path: '/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[192]/NATIONALITY/VALUE[2]',
          line: 12156,
        }),
      ]);
      expect(file.warnings).toHaveLength(unmapped.length);
    },
  );

  it_('maps address countries to ISO codes, including Hong Kong SAR, Türkiye and Turkey', () => {
    const addresses = file.entries.flatMap((entry) => entry.addresses);
    const addressCountries = new Set(addresses.map((address) => address.country));
    expect([...addressCountries].filter((code) => code !== undefined && !/^[A-Z]{2}$/u.test(code))).toEqual(
      [],
    );
    for (const code of ['KP', 'HK', 'TR', 'SY', 'RU', 'TZ']) expect(addressCountries).toContain(code);
    const allCountries = new Set(file.entries.flatMap((entry) => entry.countries));
    for (const code of ['IR', 'PS', 'CD', 'GB', 'US']) expect(allCountries).toContain(code);
  });

  it_('keeps no empty alias, address or document from the many empty elements in the file', () => {
    const aliases = file.entries.flatMap((entry) => entry.aliases);
    expect(aliases.every((alias) => alias.name !== '')).toBe(true);
    expect(
      file.entries.flatMap((entry) => entry.addresses).every((address) => Object.keys(address).length > 0),
    ).toBe(true);
    expect(file.entries.flatMap((entry) => entry.documents).every((document) => document.type !== '')).toBe(
      true,
    );
    expect(new Set(aliases.map((alias) => alias.quality))).toEqual(
      new Set(['good', 'low', 'a.k.a.', 'f.k.a.']),
    );
  });

  it_('carries original-script names for the entries that have them (Arabic, Cyrillic, Korean...)', () => {
    const named = file.entries.filter((entry) => entry.originalScriptName !== undefined);
    expect(named.length).toBe(380);
    expect(file.entries.find((entry) => entry.entryId === 'TAi.005')?.originalScriptName).toBe(
      'محمد طاهر أنوري',
    );
  });

  it_('reads identity documents with their issuing country', () => {
    const taliban = file.entries.find((entry) => entry.entryId === 'TAi.043');
    // Only a country of issue is given: it stands for the issuing country too.
    expect(taliban?.documents).toEqual([
      { type: 'Passport', number: 'OA 454044', country: 'AF', countryOfIssue: 'AF' },
    ]);
  });

  it_('keeps where and when a document was issued apart from the country that issued it', () => {
    expect(byId('QDi.096').documents).toContainEqual({
      type: 'Passport',
      number: 'L335915',
      country: 'TN',
      issuedOn: '1996-11-08',
      cityOfIssue: 'Milan',
      countryOfIssue: 'IT',
      note: 'expired on 7 Nov. 2001',
    });
  });

  it_('keeps the birth details the UN gives for one alias only, and each alias note', () => {
    expect(byId('QDi.217').aliases).toContainEqual({
      name: 'Abu Bakar Baasyir',
      quality: 'good',
      dateOfBirth: '1938-08-17',
      cityOfBirth: 'Jombang, East Java',
      countryOfBirth: 'ID',
    });
    const notes = file.entries.flatMap((entry) => entry.aliases.flatMap((alias) => alias.note ?? []));
    expect(notes).toHaveLength(102);
    expect(notes).toContain('nom de guerre');
  });

  it_('keeps the street of a place of birth, gender, amendment days, record number and version', () => {
    expect(byId('IQi.023').placesOfBirth).toEqual([
      { street: 'Mandali District', city: 'Diyala', country: 'IQ' },
    ]);
    expect(byId('CFi.005')).toMatchObject({
      lastUpdated: ['2020-07-28'],
      listTypes: ['UN List'],
      recordVersion: 1,
    });
    expect(file.entries.filter((entry) => entry.gender !== undefined)).toHaveLength(55);
    expect(file.entries.every((entry) => entry.dataId !== undefined)).toBe(true);
  });

  it_('keeps every alias of every quality the UN lists, exact repeats aside', () => {
    const qualities = file.entries.flatMap((entry) => entry.aliases.map((alias) => alias.quality));
    const counts = Object.fromEntries(
      ['good', 'low', 'a.k.a.', 'f.k.a.', 'unspecified'].map((q) => [
        q,
        qualities.filter((x) => x === q).length,
      ]),
    );
    // Counted in the XML independently: every non-empty alias element, by its QUALITY.
    expect(counts).toEqual({ good: 1515, low: 626, 'a.k.a.': 560, 'f.k.a.': 18, unspecified: 0 });
  });

  it_('gives the same entries when streamed in 1 KB chunks as when read in 64 KB chunks', async () => {
    const bytes = readFileSync(REAL_UN_LIST);
    async function* chunks() {
      for (let offset = 0; offset < bytes.length; offset += 1024) yield bytes.subarray(offset, offset + 1024);
    }
    expect(await parseUnConsolidatedList(chunks())).toEqual(file);
  });
});
