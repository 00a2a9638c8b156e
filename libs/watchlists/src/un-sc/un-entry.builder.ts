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
  line: number;
  path: string;
}

export interface MutableAddress {
  line?: string;
  city?: string;
  stateProvince?: string;
  postcode?: string;
  country?: string;
  note?: string;
}

export interface MutableDocument {
  type?: string;
  typeDetail?: string;
  number?: string;
  country?: string;
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
  city?: string;
  stateProvince?: string;
  country?: string;
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
  readonly datesOfBirth: BirthDate[] = [];
  readonly placesOfBirth: BirthPlace[] = [];
  readonly titles: string[] = [];
  readonly designations: string[] = [];
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
    if (this.aliases.some((existing) => existing.name === alias.name)) return;
    this.aliases.push({ name: alias.name, quality: quality ?? 'unspecified' });
  }

  addAddress(address: MutableAddress): void {
    const fields = Object.entries(address).filter(([, value]) => value !== undefined && value !== '');
    if (fields.length === 0) return;
    this.addresses.push(Object.fromEntries(fields) as WatchlistAddress);
  }

  addDocument(document: MutableDocument): void {
    if (document.type === undefined && document.number === undefined) return;
    const type = [document.type, document.typeDetail].filter((part) => part !== undefined).join(': ');
    this.documents.push({
      type: type === '' ? 'unspecified' : type,
      ...(document.number !== undefined ? { number: document.number } : {}),
      ...(document.country !== undefined ? { country: document.country } : {}),
      ...(document.note !== undefined ? { note: document.note } : {}),
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
    const fields = Object.entries(place).filter(([, value]) => value !== undefined && value !== '');
    if (fields.length > 0) this.placesOfBirth.push(Object.fromEntries(fields) as BirthPlace);
  }

  addNationality(code: string): void {
    if (!this.nationalities.includes(code)) this.nationalities.push(code);
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
    };
    return { kind: 'entry', entry, warnings };
  }
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value !== undefined ? { [key]: value } : {}) as { [P in K]?: string };
}
