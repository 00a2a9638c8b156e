import type { WatchlistEntryKind } from '@salw/contracts';

export type PartyKind = 'INDIVIDUAL' | 'ORGANISATION';

/**
 * How strongly the list owner vouches for an alias. The UN marks individual aliases
 * `Good`/`Low` and entity aliases `a.k.a.`/`f.k.a.`; national lists give no quality.
 * Matching should weigh a `low` alias below the primary name.
 */
export type AliasQuality = 'good' | 'low' | 'a.k.a.' | 'f.k.a.' | 'unspecified';

export interface WatchlistAlias {
  readonly name: string;
  readonly quality: AliasQuality;
  /** What the UN says of the alias ("previously listed as", "nom de guerre"). */
  readonly note?: string;
  /** Birth details the UN gives for this alias only (a date YYYY-MM-DD or a year, as listed). */
  readonly dateOfBirth?: string;
  readonly cityOfBirth?: string;
  /** ISO 3166-1 alpha-2 of the alias's country of birth, when the name could be mapped. */
  readonly countryOfBirth?: string;
  /** The country name as listed, when it has no ISO code (so it is not lost). */
  readonly countryOfBirthName?: string;
}

export interface WatchlistAddress {
  readonly line?: string;
  readonly city?: string;
  readonly stateProvince?: string;
  readonly postcode?: string;
  /** ISO 3166-1 alpha-2; absent when the source gave none or it could not be mapped. */
  readonly country?: string;
  /** The country name as listed, when it has no ISO code (so it is not lost). */
  readonly countryName?: string;
  readonly note?: string;
}

export interface IdentityDocument {
  readonly type: string;
  readonly number?: string;
  /** ISO 3166-1 alpha-2 of the issuing country (the UN's country of issue when no issuing country is given). */
  readonly country?: string;
  /** The issuing country's name as listed, when it has no ISO code. */
  readonly countryName?: string;
  /** Where the document was issued, when the UN says (a consulate abroad, a city). */
  readonly countryOfIssue?: string;
  readonly countryOfIssueName?: string;
  readonly cityOfIssue?: string;
  /** YYYY-MM-DD as listed. */
  readonly issuedOn?: string;
  readonly note?: string;
}

/** A date of birth as the UN list gives it: a day, a year, or a range of years. */
export interface BirthDate {
  /** EXACT, APPROXIMATELY or BETWEEN in the UN list; `unspecified` when it names none. */
  readonly type: 'exact' | 'approximately' | 'between' | 'unspecified';
  /** YYYY-MM-DD */
  readonly date?: string;
  readonly year?: number;
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly note?: string;
}

export interface BirthPlace {
  readonly street?: string;
  readonly city?: string;
  readonly stateProvince?: string;
  /** ISO 3166-1 alpha-2, when the country name could be mapped. */
  readonly country?: string;
  /** The country name as listed, when it has no ISO code. */
  readonly countryName?: string;
  readonly note?: string;
}

/**
 * Outcome of exact-identifier normalisation of `value` for CONTAINER and VESSEL entries: always
 * `valid` in a stored list, since a wrong check digit refuses the file.
 */
export type IdentifierCheck = 'valid';

/**
 * One normalised watchlist entry, the engine's single view of every import format.
 * The first block is the docs/contracts.md 5.2 shape; the rest is filled from richer
 * sources (the UN consolidated list) and is empty or absent otherwise.
 */
export interface WatchlistEntry {
  readonly list: string;
  readonly entryId: string;
  readonly kind: WatchlistEntryKind;
  readonly name?: string;
  readonly aliases: readonly WatchlistAlias[];
  /** ISO 3166-1 alpha-2: the entry's own country, or for UN entries the first nationality or address country. */
  readonly country?: string;
  readonly reason?: string;
  readonly points?: number;
  /** YYYY-MM-DD */
  readonly listedOn?: string;
  /** YYYY-MM-DD; absent or null means the entry does not expire. */
  readonly expiresOn?: string | null;
  /** The exact identifier for CONTAINER, VESSEL, IDENTIFIER and ADDRESS entries, as the list gave it. */
  readonly value?: string;
  /** `value` normalised for exact lookup (see src/identifiers); present whenever `value` is. */
  readonly valueKey?: string;
  /** Check-digit outcome for CONTAINER (ISO 6346) and VESSEL (IMO) values. */
  readonly valueCheck?: IdentifierCheck;

  readonly partyKind?: PartyKind;
  readonly originalScriptName?: string;
  readonly addresses: readonly WatchlistAddress[];
  /** ISO 3166-1 alpha-2, in source order, without duplicates. */
  readonly nationalities: readonly string[];
  /** Every ISO 3166-1 alpha-2 country tied to the entry: nationalities, address, birth and document countries. */
  readonly countries: readonly string[];
  readonly documents: readonly IdentityDocument[];
  /** What identifies a listed person besides names and documents (UN INDIVIDUAL entries); absent when none given. */
  readonly datesOfBirth?: readonly BirthDate[];
  readonly placesOfBirth?: readonly BirthPlace[];
  /** Titles (Mullah, Haji, Dr) and designations (the office held), as listed. */
  readonly titles?: readonly string[];
  readonly designations?: readonly string[];
  /** UN permanent reference number, e.g. `KPe.010`. */
  readonly referenceNumber?: string;
  /** UN sanctions regime, e.g. `DPRK`, `Al-Qaida`. */
  readonly unListType?: string;
  readonly comments?: string;
  /** Nationalities as listed that have no ISO code (so they are not lost). */
  readonly nationalityNames?: readonly string[];
  /** UN `GENDER` (Male, Female) as listed. */
  readonly gender?: string;
  /** UN `DATAID`, the UN's internal record number. */
  readonly dataId?: string;
  /** UN `VERSIONNUM` of the record. */
  readonly recordVersion?: number;
  /** UN `LIST_TYPE` values ("UN List"). */
  readonly listTypes?: readonly string[];
  /** UN `LAST_DAY_UPDATED` values: the days the record was amended (YYYY-MM-DD as listed). */
  readonly lastUpdated?: readonly string[];
}
