import type {
  AliasQuality,
  BirthDate,
  BirthPlace,
  IdentityDocument,
  PartyKind,
  WatchlistAddress,
  WatchlistAlias,
  WatchlistEntry,
} from '../model/watchlist-entry.model';
import type { WatchlistWarning } from '../model/watchlist-file.model';
import type { WatchlistProblem } from '../errors/watchlist-parse.error';

/** Name parts the UN fills with "na" (not available) rather than leaving empty. */
const NAME_PLACEHOLDERS: ReadonlySet<string> = new Set(['na', 'n/a']);

const XS_DATE = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/u;

const ALIAS_QUALITIES: Readonly<Record<string, AliasQuality>> = {
  good: 'good',
  low: 'low',
  'a.k.a.': 'a.k.a.',
  'f.k.a.': 'f.k.a.',
};

export interface MutableAlias {
  quality: string;
  name: string;
  note?: string;
  dateOfBirth?: string;
  cityOfBirth?: string;
  countryOfBirth?: string;
  countryOfBirthName?: string;
  line: number;
  path: string;
}

export interface MutableAddress {
  line?: string;
  city?: string;
  stateProvince?: string;
  postcode?: string;
  country?: string;
  countryName?: string;
  note?: string;
}

export interface MutableDocument {
  type?: string;
  typeDetail?: string;
  number?: string;
  country?: string;
  countryName?: string;
  countryOfIssue?: string;
  countryOfIssueName?: string;
  cityOfIssue?: string;
  issuedOn?: string;
  note?: string;
}

export interface MutableBirthDate {
  type?: string;
  date?: string;
  year?: string;
  fromYear?: string;
  toYear?: string;
  note?: string;
  line: number;
  path: string;
}

export interface MutableBirthPlace {
  street?: string;
  city?: string;
  stateProvince?: string;
  country?: string;
  countryName?: string;
  note?: string;
}

const BIRTH_DATE_TYPES: Readonly<Record<string, BirthDate['type']>> = {
  EXACT: 'exact',
  APPROXIMATELY: 'approximately',
  BETWEEN: 'between',
};
const YEAR = /^\d{4}$/u;

export type EntryBuildOutcome =
  | { readonly kind: 'entry'; readonly entry: WatchlistEntry; readonly warnings: readonly WatchlistWarning[] }
  | { readonly kind: 'refused'; readonly problems: readonly WatchlistProblem[] };

/** Gathers the fields of one INDIVIDUAL or ENTITY as they stream past, then builds the entry. */
export class UnEntryBuilder {
  readonly scalars = new Map<string, string>();
  readonly nameParts: string[] = [];
  readonly aliases: WatchlistAlias[] = [];
  readonly addresses: WatchlistAddress[] = [];
  readonly documents: IdentityDocument[] = [];
  readonly nationalities: string[] = [];
  readonly nationalityNames: string[] = [];
  readonly datesOfBirth: BirthDate[] = [];
  readonly placesOfBirth: BirthPlace[] = [];
  readonly titles: string[] = [];
  readonly designations: string[] = [];
  readonly lastUpdated: string[] = [];
  readonly listTypes: string[] = [];
  /** Warnings raised before the entry's id was known; the id is filled in at build time. */
  private readonly pendingWarnings: Omit<WatchlistWarning, 'entryId'>[] = [];

  constructor(
    readonly partyKind: PartyKind,
    readonly line: number,
    readonly path: string,
  ) {}

  warn(warning: Omit<WatchlistWarning, 'entryId'>): void {
    this.pendingWarnings.push(warning);
  }

  addAlias(alias: MutableAlias): void {
    if (alias.name === '') return;
    const quality = ALIAS_QUALITIES[alias.quality.toLowerCase()];
    if (quality === undefined && alias.quality !== '') {
      this.warn({
        code: 'UNKNOWN_ALIAS_QUALITY',
        message: `alias quality '${alias.quality}' is not Good, Low, a.k.a. or f.k.a.; kept as unspecified`,
        line: alias.line,
        path: alias.path,
      });
    }
    const kept: WatchlistAlias = {
      name: alias.name,
      quality: quality ?? 'unspecified',
      ...withoutBlanks({
        note: alias.note,
        dateOfBirth: alias.dateOfBirth,
        cityOfBirth: alias.cityOfBirth,
        countryOfBirth: alias.countryOfBirth,
        countryOfBirthName: alias.countryOfBirthName,
      }),
    };
    // The UN repeats an alias now and then; only an exact repeat is dropped, never one saying more.
    const json = JSON.stringify(kept);
    if (this.aliases.some((existing) => JSON.stringify(existing) === json)) return;
    this.aliases.push(kept);
  }

  addAddress(address: MutableAddress): void {
    const fields = withoutBlanks(address);
    if (Object.keys(fields).length > 0) this.addresses.push(fields as WatchlistAddress);
  }

  addDocument(document: MutableDocument): void {
    const { type: mainType, typeDetail, ...details } = document;
    if (Object.values(withoutBlanks(document)).length === 0) return;
    const type = [mainType, typeDetail].filter((part) => part !== undefined).join(': ');
    // With no issuing country given, the country of issue is the best the UN says of it.
    const issuing =
      details.country === undefined && details.countryName === undefined
        ? { country: details.countryOfIssue, countryName: details.countryOfIssueName }
        : {};
    this.documents.push({
      type: type === '' ? 'unspecified' : type,
      ...withoutBlanks({ ...details, ...issuing }),
    });
  }

  addBirthDate(birth: MutableBirthDate): void {
    const type = BIRTH_DATE_TYPES[(birth.type ?? '').toUpperCase()] ?? 'unspecified';
    const date = birth.date === undefined ? undefined : XS_DATE.exec(birth.date)?.[1];
    const years: Partial<Record<'year' | 'fromYear' | 'toYear', number>> = {};
    for (const field of ['year', 'fromYear', 'toYear'] as const) {
      const text = birth[field];
      if (text !== undefined && YEAR.test(text)) years[field] = Number(text);
    }
    const unreadable =
      (birth.date !== undefined && date === undefined) ||
      (['year', 'fromYear', 'toYear'] as const).some((f) => birth[f] !== undefined && years[f] === undefined);
    if (unreadable) {
      this.warn({
        code: 'INVALID_DATE',
        message: `date of birth '${[birth.date, birth.year, birth.fromYear, birth.toYear].filter((v) => v !== undefined).join(' ')}' is not a YYYY-MM-DD date or a four-digit year; left out`,
        line: birth.line,
        path: birth.path,
      });
    }
    if (date === undefined && Object.keys(years).length === 0 && birth.note === undefined) return;
    this.datesOfBirth.push({
      type,
      ...(date !== undefined ? { date } : {}),
      ...years,
      ...(birth.note !== undefined ? { note: birth.note } : {}),
    });
  }

  addBirthPlace(place: MutableBirthPlace): void {
    const fields = withoutBlanks(place);
    if (Object.keys(fields).length > 0) this.placesOfBirth.push(fields as BirthPlace);
  }

  addNationality(country: { code?: string; name?: string }): void {
    if (country.code !== undefined && !this.nationalities.includes(country.code))
      this.nationalities.push(country.code);
    if (country.name !== undefined && !this.nationalityNames.includes(country.name))
      this.nationalityNames.push(country.name);
  }

  build(list: string): EntryBuildOutcome {
    const referenceNumber = this.scalars.get('REFERENCE_NUMBER');
    const dataId = this.scalars.get('DATAID');
    const entryId = referenceNumber ?? dataId;
    const name = this.nameParts.filter((part) => !NAME_PLACEHOLDERS.has(part.toLowerCase())).join(' ');
    const problems: WatchlistProblem[] = [];
    if (entryId === undefined) {
      problems.push({ line: this.line, path: this.path, message: 'has neither REFERENCE_NUMBER nor DATAID' });
    }
    if (name === '') {
      problems.push({
        line: this.line,
        path: this.path,
        message: `entry ${entryId ?? '(no id)'} has no name (FIRST_NAME is empty)`,
      });
    }
    if (entryId === undefined || problems.length > 0) return { kind: 'refused', problems };

    const warnings: WatchlistWarning[] = this.pendingWarnings.map((warning) => ({ ...warning, entryId }));
    const listedOnText = this.scalars.get('LISTED_ON');
    // LISTED_ON is an xs:date, which may carry a zone offset ("2015-03-27-04:00"); the day is what matters.
    const listedOn = listedOnText === undefined ? undefined : XS_DATE.exec(listedOnText)?.[1];
    if (listedOnText !== undefined && listedOn === undefined) {
      warnings.push({
        code: 'INVALID_DATE',
        message: `LISTED_ON '${listedOnText}' is not an xs:date (YYYY-MM-DD); left out`,
        line: this.line,
        path: `${this.path}/LISTED_ON`,
        entryId,
      });
    }

    const countries = [
      ...this.nationalities,
      ...this.addresses.map((address) => address.country),
      ...this.placesOfBirth.map((place) => place.country),
      ...this.documents.map((document) => document.country),
    ].filter((code, index, all): code is string => code !== undefined && all.indexOf(code) === index);
    const unListType = this.scalars.get('UN_LIST_TYPE');
    const recordVersion = this.scalars.get('VERSIONNUM');
    const country = this.nationalities[0] ?? this.addresses.find((address) => address.country)?.country;

    const entry: WatchlistEntry = {
      list,
      entryId,
      kind: 'PARTY',
      name,
      aliases: this.aliases,
      ...(country !== undefined ? { country } : {}),
      ...(unListType !== undefined ? { reason: `UN Security Council ${unListType} sanctions list` } : {}),
      ...(listedOn !== undefined ? { listedOn } : {}),
      partyKind: this.partyKind,
      ...optional('originalScriptName', this.scalars.get('NAME_ORIGINAL_SCRIPT')),
      addresses: this.addresses,
      nationalities: this.nationalities,
      countries,
      documents: this.documents,
      ...(this.datesOfBirth.length > 0 ? { datesOfBirth: this.datesOfBirth } : {}),
      ...(this.placesOfBirth.length > 0 ? { placesOfBirth: this.placesOfBirth } : {}),
      ...(this.titles.length > 0 ? { titles: this.titles } : {}),
      ...(this.designations.length > 0 ? { designations: this.designations } : {}),
      ...optional('referenceNumber', referenceNumber),
      ...optional('unListType', unListType),
      ...optional('comments', this.scalars.get('COMMENTS1')),
      ...(this.nationalityNames.length > 0 ? { nationalityNames: this.nationalityNames } : {}),
      ...optional('gender', this.scalars.get('GENDER')),
      ...optional('dataId', dataId),
      ...(recordVersion !== undefined && /^\d+$/u.test(recordVersion)
        ? { recordVersion: Number(recordVersion) }
        : {}),
      ...(this.listTypes.length > 0 ? { listTypes: this.listTypes } : {}),
      ...(this.lastUpdated.length > 0 ? { lastUpdated: this.lastUpdated } : {}),
    };
    return { kind: 'entry', entry, warnings };
  }
}

/** The fields of `record` that hold something. */
function withoutBlanks<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value !== undefined ? { [key]: value } : {}) as { [P in K]?: string };
}
