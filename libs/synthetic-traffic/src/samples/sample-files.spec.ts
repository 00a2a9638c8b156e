import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { declarationValidator, watchlistEntryValidator } from '@salw/contracts';
import { FICTIONAL_NATIONAL, FICTIONAL_UN } from '../data/reference-data';
import { writeNationalCsv, writeNationalJsonLines } from './national-watchlist.writer';
import { SAMPLE_COUNT, sampleFiles } from './sample-files';
import { writeUnListXml } from './un-list-xml.writer';

const repoRoot = resolve(__dirname, '..', '..', '..', '..');
const realUnList = resolve(repoRoot, '..', 'shared', 'data', 'un-sc', 'consolidated-2024-09-26.xml');
const files = sampleFiles();

const elementNames = (xml: string) =>
  new Set([...xml.matchAll(/<([A-Z_0-9]+)[\s/>]/gu)].map((match) => match[1]!));

describe('the sample UN list (deploy/samples/un-sample.xml)', () => {
  const xml = files['deploy/samples/un-sample.xml']!;
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'VALUE'].includes(name),
  }).parse(xml);

  it('says at the top that every entry is fictional', () => {
    expect(xml.split('\n')[1]).toMatch(/^<!-- FICTIONAL SAMPLE/u);
  });

  it('parses as a CONSOLIDATED_LIST with about twenty individuals and entities', () => {
    const list = parsed.CONSOLIDATED_LIST;
    expect(list['@_dateGenerated']).toBe(FICTIONAL_UN.dateGenerated);
    expect(list.INDIVIDUALS.INDIVIDUAL).toHaveLength(FICTIONAL_UN.individuals.length);
    expect(list.ENTITIES.ENTITY).toHaveLength(FICTIONAL_UN.entities.length);
    expect(FICTIONAL_UN.individuals.length + FICTIONAL_UN.entities.length).toBeGreaterThanOrEqual(20);
  });

  it('uses reference numbers in the UN format with serials the real list does not use', () => {
    const refs = [
      ...parsed.CONSOLIDATED_LIST.INDIVIDUALS.INDIVIDUAL,
      ...parsed.CONSOLIDATED_LIST.ENTITIES.ENTITY,
    ].map((entry: { REFERENCE_NUMBER: string }) => entry.REFERENCE_NUMBER);
    expect(refs.filter((ref: string) => !/^[A-Z]{2}[ie]\.9\d\d$/u.test(ref))).toEqual([]);
  });

  it('uses only element names that the published list uses', () => {
    const real = elementNames(readFileSync(realUnList, 'utf8'));
    expect([...elementNames(xml)].filter((name) => !real.has(name))).toEqual([]);
  });

  it('names nobody who is on the real consolidated list', () => {
    const realText = readFileSync(realUnList, 'utf8').toUpperCase();
    const ours = [
      ...FICTIONAL_UN.entities.map((entity) => entity.name),
      ...FICTIONAL_UN.individuals.map((person) =>
        [person.first, person.second, person.third].filter(Boolean).join(' '),
      ),
    ];
    expect(ours.filter((name) => realText.includes(`>${name.toUpperCase()}<`))).toEqual([]);
  });

  it('escapes markup characters in text', () => {
    const xmlWithAmpersand = writeUnListXml(
      {
        ...FICTIONAL_UN,
        entities: [{ ...FICTIONAL_UN.entities[0]!, name: 'A & B <Trading>' }],
        individuals: [],
      },
      'test',
    );
    expect(xmlWithAmpersand).toContain('<FIRST_NAME>A &amp; B &lt;Trading&gt;</FIRST_NAME>');
  });
});

describe('the sample national watchlist', () => {
  it('has entries of all five kinds, each valid against the watchlist entry contract', () => {
    const lines = writeNationalJsonLines(FICTIONAL_NATIONAL).trimEnd().split('\n');
    const problems = lines
      .map((line, index) => ({ line: index + 1, result: watchlistEntryValidator.parse(line) }))
      .filter(({ result }) => !result.ok);
    expect(problems).toEqual([]);
    expect(new Set(FICTIONAL_NATIONAL.map((entry) => entry.kind))).toEqual(
      new Set(['PARTY', 'CONTAINER', 'VESSEL', 'IDENTIFIER', 'ADDRESS']),
    );
  });

  it('writes the CSV with the JSON Lines keys as columns and aliases joined by |', () => {
    const csv = writeNationalCsv(FICTIONAL_NATIONAL).trimEnd().split('\n');
    expect(csv[0]).toBe('list,entryId,kind,name,aliases,value,country,reason,points,listedOn,expiresOn');
    expect(csv).toHaveLength(FICTIONAL_NATIONAL.length + 1);
    expect(csv[1]).toContain('Gulf Meridian GT|Gulf Meridian Trading');
    expect(
      writeNationalCsv([{ list: 'national', entryId: 'X', kind: 'ADDRESS', value: 'Plot 7, "Old" Layout' }]),
    ).toContain('"Plot 7, ""Old"" Layout"');
  });
});

describe('the committed sample files', () => {
  it.each(Object.keys(files))('%s is what write-samples.ts produces now', (path) => {
    expect(readFileSync(resolve(repoRoot, path), 'utf8') === files[path]).toBe(true);
  });

  it('holds about 200 valid demo declarations, about 5% of them risky', () => {
    const declarations = files['deploy/samples/declarations.ndjson']!.trimEnd().split('\n');
    expect(declarations).toHaveLength(SAMPLE_COUNT);
    expect(declarations.filter((line) => !declarationValidator.parse(line).ok)).toEqual([]);
    const risky = files['deploy/samples/declarations.labels.ndjson']!.trimEnd()
      .split('\n')
      .filter((line) => (JSON.parse(line) as { label: { risky: boolean } }).label.risky).length;
    expect(risky).toBeGreaterThanOrEqual(6);
    expect(risky).toBeLessThanOrEqual(16);
  });
});
