import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { resolveCountryName } from '../countries/country-name.resolver';
import { ProblemCollector } from '../errors/problem.collector';
import { WatchlistParseError } from '../errors/watchlist-parse.error';
import { EntryIdSet } from '../identifiers/entry-id.set';
import type { PartyKind } from '../model/watchlist-entry.model';
import type { StreamedWatchlist, WatchlistEntrySink } from '../model/watchlist-entry.sink';
import type { WatchlistWarning } from '../model/watchlist-file.model';
import { collapseWhitespace } from '../text/collapse-whitespace.util';
import {
  type MutableAddress,
  type MutableAlias,
  type MutableBirthDate,
  type MutableBirthPlace,
  type MutableDocument,
  UnEntryBuilder,
} from './un-entry.builder';

export const UN_SC_LIST_NAME = 'un-sc';
const ROOT = 'CONSOLIDATED_LIST';
const RFC_3339_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/u;

export interface UnConsolidatedListOptions {
  /** Name the entries are filed under; `un-sc` unless configured otherwise. */
  readonly list?: string;
}

const ENTRY_ELEMENTS: Readonly<Record<string, { parent: string; partyKind: PartyKind }>> = {
  INDIVIDUAL: { parent: 'INDIVIDUALS', partyKind: 'INDIVIDUAL' },
  ENTITY: { parent: 'ENTITIES', partyKind: 'ORGANISATION' },
};
const NAME_ELEMENTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'] as const;
const ENTRY_SCALARS: ReadonlySet<string> = new Set([
  'DATAID',
  'UN_LIST_TYPE',
  'REFERENCE_NUMBER',
  'LISTED_ON',
  'NAME_ORIGINAL_SCRIPT',
  'COMMENTS1',
  'GENDER',
  'VERSIONNUM',
  ...NAME_ELEMENTS,
]);
const ADDRESS_FIELDS: Readonly<Record<string, keyof MutableAddress>> = {
  STREET: 'line',
  CITY: 'city',
  STATE_PROVINCE: 'stateProvince',
  ZIP_CODE: 'postcode',
  NOTE: 'note',
};
const DOCUMENT_FIELDS: Readonly<Record<string, keyof MutableDocument>> = {
  TYPE_OF_DOCUMENT: 'type',
  TYPE_OF_DOCUMENT2: 'typeDetail',
  NUMBER: 'number',
  CITY_OF_ISSUE: 'cityOfIssue',
  DATE_OF_ISSUE: 'issuedOn',
  NOTE: 'note',
};
const ALIAS_FIELDS: Readonly<Record<string, 'quality' | 'name' | 'note' | 'dateOfBirth' | 'cityOfBirth'>> = {
  QUALITY: 'quality',
  ALIAS_NAME: 'name',
  NOTE: 'note',
  DATE_OF_BIRTH: 'dateOfBirth',
  CITY_OF_BIRTH: 'cityOfBirth',
};
const BIRTH_DATE_FIELDS: Readonly<Record<string, Exclude<keyof MutableBirthDate, 'line' | 'path'>>> = {
  TYPE_OF_DATE: 'type',
  DATE: 'date',
  YEAR: 'year',
  FROM_YEAR: 'fromYear',
  TO_YEAR: 'toYear',
  NOTE: 'note',
};
const BIRTH_PLACE_FIELDS: Readonly<Record<string, keyof MutableBirthPlace>> = {
  STREET: 'street',
  CITY: 'city',
  STATE_PROVINCE: 'stateProvince',
  NOTE: 'note',
};
/** Elements of an entry that hold a list of VALUE children, and where the builder keeps them. */
const VALUE_LISTS = {
  TITLE: 'titles',
  DESIGNATION: 'designations',
  LAST_DAY_UPDATED: 'lastUpdated',
  LIST_TYPE: 'listTypes',
} as const;
/** A country as the builder keeps it: its ISO code, or the name as listed when it has none. */
interface ListedCountry {
  code?: string;
  name?: string;
}

interface Frame {
  readonly name: string;
  readonly path: string;
  readonly line: number;
  readonly childCounts: Map<string, number>;
}

/**
 * Push parser for the UN Security Council Consolidated List XML: feed text chunks with
 * `write` in document order, then call `end`. Memory holds one entry at a time (finished ones go
 * to the sink) and the entry ids seen, never the document. Malformed XML throws WatchlistParseError at once;
 * entries that cannot be identified are collected and refuse the file at `end`.
 */
export class UnConsolidatedListReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({
    xmlns: false,
    position: true,
  });
  private readonly list: string;
  private readonly stack: Frame[] = [];
  private readonly entryIds = new EntryIdSet();
  private entryCount = 0;
  private readonly warnings: WatchlistWarning[] = [];
  private readonly problems = new ProblemCollector();
  private text = '';
  private dateGenerated: string | undefined;
  private rootLine = 1;
  private sawRoot = false;
  private entry: UnEntryBuilder | undefined;
  private alias: MutableAlias | undefined;
  private address: MutableAddress | undefined;
  private document: MutableDocument | undefined;
  private birthDate: MutableBirthDate | undefined;
  private birthPlace: MutableBirthPlace | undefined;
  private started = false;

  constructor(
    private readonly sink: WatchlistEntrySink,
    options: UnConsolidatedListOptions = {},
  ) {
    this.list = options.list ?? UN_SC_LIST_NAME;
    this.parser.on('opentag', (tag) => this.onOpen(tag));
    this.parser.on('closetag', (tag) => this.onClose(tag.name));
    this.parser.on('text', (text) => {
      this.text += text;
    });
    this.parser.on('cdata', (text) => {
      this.text += text;
    });
    this.parser.on('error', (error) => {
      throw this.fatal(error.message.replace(/^\d+:\d+: /u, ''));
    });
  }

  write(chunk: string): void {
    // A byte-order mark is an encoding artefact, not document content.
    const text = !this.started && chunk.startsWith('\uFEFF') ? chunk.slice(1) : chunk;
    if (text !== '') this.started = true;
    this.parser.write(text);
  }

  end(): StreamedWatchlist {
    this.parser.close();
    if (!this.sawRoot) throw this.fatal('document is empty; expected a CONSOLIDATED_LIST element');
    if (this.dateGenerated === undefined) {
      this.problems.add({
        line: this.rootLine,
        path: `/${ROOT}`,
        message: 'has no dateGenerated attribute, so the list version is unknown',
      });
    } else if (!RFC_3339_DATE_TIME.test(this.dateGenerated)) {
      this.problems.add({
        line: this.rootLine,
        path: `/${ROOT}/@dateGenerated`,
        message: `'${this.dateGenerated}' is not a date-time with a zone (e.g. 2024-09-26T00:00:07.514Z)`,
      });
    }
    if (this.entryCount === 0 && this.problems.count === 0) {
      this.problems.add({
        line: this.rootLine,
        path: `/${ROOT}`,
        message: 'holds no INDIVIDUAL or ENTITY; an empty import would remove every UN entry',
      });
    }
    this.problems.throwIfAny('un-sc-xml');
    return {
      list: this.list,
      version: listVersion(this.dateGenerated ?? ''),
      format: 'un-sc-xml',
      entryCount: this.entryCount,
      warnings: this.warnings,
    };
  }

  private fatal(message: string): WatchlistParseError {
    return new WatchlistParseError('un-sc-xml', [
      {
        line: this.parser.line,
        column: this.parser.column + 1,
        path: this.stack.length > 0 ? this.currentPath() : '/',
        message,
      },
    ]);
  }

  private currentPath(): string {
    return this.stack[this.stack.length - 1]?.path ?? '';
  }

  private onOpen(tag: SaxesTagPlain): void {
    const parent = this.stack[this.stack.length - 1];
    const siblings = (parent?.childCounts.get(tag.name) ?? 0) + 1;
    parent?.childCounts.set(tag.name, siblings);
    const path = `${parent?.path ?? ''}/${tag.name}${siblings > 1 || ENTRY_ELEMENTS[tag.name] ? `[${siblings}]` : ''}`;
    this.stack.push({ name: tag.name, path, line: this.parser.line, childCounts: new Map() });
    this.text = '';

    if (parent === undefined) {
      if (tag.name !== ROOT)
        throw this.fatal(`root element is ${tag.name}; expected ${ROOT} (UN consolidated list)`);
      this.sawRoot = true;
      this.rootLine = this.parser.line;
      const dateGenerated = tag.attributes['dateGenerated'];
      if (typeof dateGenerated === 'string' && dateGenerated.trim() !== '')
        this.dateGenerated = dateGenerated.trim();
      return;
    }
    const entryElement = ENTRY_ELEMENTS[tag.name];
    if (entryElement !== undefined && parent.name === entryElement.parent) {
      this.entry = new UnEntryBuilder(entryElement.partyKind, this.parser.line, path);
      return;
    }
    if (this.entry === undefined || parent.name !== this.entryElementName()) return;
    if (tag.name.endsWith('_ALIAS')) this.alias = { quality: '', name: '', line: this.parser.line, path };
    else if (tag.name.endsWith('_ADDRESS')) this.address = {};
    else if (tag.name === 'INDIVIDUAL_DOCUMENT') this.document = {};
    else if (tag.name === 'INDIVIDUAL_DATE_OF_BIRTH') this.birthDate = { line: this.parser.line, path };
    else if (tag.name === 'INDIVIDUAL_PLACE_OF_BIRTH') this.birthPlace = {};
  }

  private entryElementName(): string | undefined {
    return this.entry?.partyKind === 'INDIVIDUAL' ? 'INDIVIDUAL' : 'ENTITY';
  }

  private onClose(name: string): void {
    const frame = this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    const text = collapseWhitespace(this.text);
    this.text = '';
    if (frame === undefined || parent === undefined || this.entry === undefined) return;
    const entry = this.entry;

    if (ENTRY_ELEMENTS[name] !== undefined && parent.name === ENTRY_ELEMENTS[name]?.parent) {
      this.finishEntry(entry);
      return;
    }
    if (this.alias !== undefined) {
      const field = parent.name.endsWith('_ALIAS') ? ALIAS_FIELDS[name] : undefined;
      if (field !== undefined) this.alias[field] = text;
      else if (parent.name.endsWith('_ALIAS') && name === 'COUNTRY_OF_BIRTH') {
        const country = this.country(text, frame);
        this.alias.countryOfBirth = country.code;
        this.alias.countryOfBirthName = country.name;
      } else if (name.endsWith('_ALIAS')) {
        entry.addAlias(this.alias);
        this.alias = undefined;
      }
      return;
    }
    if (this.address !== undefined) {
      const field = ADDRESS_FIELDS[name];
      if (field !== undefined && text !== '') this.address[field] = text;
      else if (name === 'COUNTRY') {
        const country = this.country(text, frame);
        this.address.country = country.code;
        this.address.countryName = country.name;
      } else if (name.endsWith('_ADDRESS')) {
        entry.addAddress(this.address);
        this.address = undefined;
      }
      return;
    }
    if (this.document !== undefined) {
      const field = DOCUMENT_FIELDS[name];
      if (field !== undefined && text !== '') this.document[field] = text;
      else if (name === 'ISSUING_COUNTRY') {
        const country = this.country(text, frame);
        this.document.country = country.code;
        this.document.countryName = country.name;
      } else if (name === 'COUNTRY_OF_ISSUE') {
        const country = this.country(text, frame);
        this.document.countryOfIssue = country.code;
        this.document.countryOfIssueName = country.name;
      } else if (name === 'INDIVIDUAL_DOCUMENT') {
        entry.addDocument(this.document);
        this.document = undefined;
      }
      return;
    }
    if (this.birthDate !== undefined) {
      const field = BIRTH_DATE_FIELDS[name];
      if (field !== undefined && text !== '') this.birthDate[field] = text;
      else if (name === 'INDIVIDUAL_DATE_OF_BIRTH') {
        entry.addBirthDate(this.birthDate);
        this.birthDate = undefined;
      }
      return;
    }
    if (this.birthPlace !== undefined) {
      const field = BIRTH_PLACE_FIELDS[name];
      if (field !== undefined && text !== '') this.birthPlace[field] = text;
      else if (name === 'COUNTRY') {
        const country = this.country(text, frame);
        this.birthPlace.country = country.code;
        this.birthPlace.countryName = country.name;
      } else if (name === 'INDIVIDUAL_PLACE_OF_BIRTH') {
        entry.addBirthPlace(this.birthPlace);
        this.birthPlace = undefined;
      }
      return;
    }
    if (name === 'VALUE' && Object.hasOwn(VALUE_LISTS, parent.name)) {
      const values = entry[VALUE_LISTS[parent.name as keyof typeof VALUE_LISTS]];
      if (text !== '' && !values.includes(text)) values.push(text);
      return;
    }
    if (name === 'VALUE' && parent.name === 'NATIONALITY') {
      entry.addNationality(this.country(text, frame));
      return;
    }
    if (parent.name === this.entryElementName() && ENTRY_SCALARS.has(name) && text !== '') {
      if ((NAME_ELEMENTS as readonly string[]).includes(name)) entry.nameParts.push(text);
      else entry.scalars.set(name, text);
    }
  }

  /** A country name's ISO code; a name without one is kept as listed, with a warning. */
  private country(name: string, element: Frame): ListedCountry {
    const resolution = resolveCountryName(name);
    if (resolution.kind === 'mapped') return { code: resolution.code };
    if (resolution.kind === 'empty') return {};
    this.entry?.warn({
      code: 'UNMAPPED_COUNTRY',
      message: `country name '${resolution.name}' has no ISO 3166-1 code in the UN country table; kept as a name only`,
      line: element.line,
      path: element.path,
    });
    return { name: resolution.name };
  }

  private finishEntry(entry: UnEntryBuilder): void {
    this.entry = undefined;
    const outcome = entry.build(this.list);
    if (outcome.kind === 'refused') {
      outcome.problems.forEach((problem) => this.problems.add(problem));
      return;
    }
    const firstLine = this.entryIds.addOrFind(outcome.entry.entryId, entry.line);
    if (firstLine !== -1) {
      this.problems.add({
        line: entry.line,
        path: entry.path,
        message: `reference number ${outcome.entry.entryId} appears more than once (first on line ${firstLine})`,
      });
      return;
    }
    this.entryCount += 1;
    if (this.problems.count === 0) this.sink.add(outcome.entry);
    this.warnings.push(...outcome.warnings);
  }
}

/**
 * The list version is the UN's generation time to the second (the UN writes
 * milliseconds, e.g. `2024-09-26T00:00:07.514Z` -> `2024-09-26T00:00:07Z`), as
 * docs/contracts.md section 3 shows it in `watchlists.lists`.
 */
function listVersion(dateGenerated: string): string {
  return dateGenerated.replace(/\.\d+(?=(Z|[+-]\d{2}:\d{2})$)/u, '');
}
