import { PackedStrings, scratchBuffer, stringKeyHash } from '@salw/name-matching';
import type { PartyEntries, PartyEntryFacts } from './watchlist-tables.model';
import type { WatchlistEntrySource } from './watchlist-source.model';

/** The facts many entries share (a national list gives most entries the same list, points, country). */
interface SharedFacts {
  readonly list: string;
  readonly reason: string | undefined;
  readonly points: number | undefined;
  readonly expiresOn: string | null | undefined;
  readonly partyKind: string | undefined;
  readonly country: string | undefined;
  readonly countries: readonly string[];
  /** UN entries are keyed by their reference number. */
  readonly referenceIsEntryId: boolean;
}

/**
 * Facts of one entry alone: identity documents, a reference number other than the entry id, and what
 * identifies a listed person (nationality, birth, titles, designation).
 */
interface OwnFacts {
  readonly documents: WatchlistEntrySource['documents'];
  readonly referenceNumber: string | undefined;
  readonly identity: IdentityFacts | undefined;
  readonly weakAliases: readonly string[] | undefined;
}

const WEAK_ALIAS_QUALITY = 'low';

/** The names of the aliases the list marks as low quality, undefined when there are none. */
function weakAliasesOf(entry: WatchlistEntrySource): readonly string[] | undefined {
  let weak: string[] | undefined;
  for (const alias of entry.aliases) if (alias.quality === WEAK_ALIAS_QUALITY) (weak ??= []).push(alias.name);
  return weak;
}

type IdentityFacts = Pick<
  WatchlistEntrySource,
  'nationalities' | 'datesOfBirth' | 'placesOfBirth' | 'titles' | 'designations'
>;
const IDENTITY_FIELDS = ['nationalities', 'datesOfBirth', 'placesOfBirth', 'titles', 'designations'] as const;

/** The identity facts an entry carries, undefined when it carries none (most national entries). */
function identityOf(entry: WatchlistEntrySource): IdentityFacts | undefined {
  let identity: { -readonly [K in keyof IdentityFacts]: IdentityFacts[K] } | undefined;
  for (const field of IDENTITY_FIELDS) {
    const value = entry[field];
    if (value !== undefined && value.length > 0) (identity ??= {})[field] = value as never;
  }
  return identity;
}

const NO_DOCUMENTS: WatchlistEntrySource['documents'] = Object.freeze([]);
/** The hash table has at least this many slots per entry: probe chains stay short. */
const SLOTS_PER_ENTRY = 2;
const EMPTY_SLOT = 0;

/**
 * PARTY entries by snapshot key, without their names: the name index holds those, and at a million
 * entries the entry objects (aliases arrays, id strings, one Map slot each) cost more than the index.
 * Per entry it keeps the key (packed, see PackedStrings), a hash slot and an index into the distinct
 * shared facts; facts that are an entry's own are kept apart for the few entries that have them.
 * `get` builds a small facts object per call, which costs less than a candidate search.
 */
export class PartyEntryTable implements PartyEntries {
  private constructor(
    private readonly entryKeys: PackedStrings,
    /** Per entry ordinal, plus one: 0 marks an empty slot. */
    private readonly slots: Int32Array,
    private readonly sharedOf: Uint16Array | Int32Array,
    private readonly shared: readonly SharedFacts[],
    private readonly own: ReadonlyMap<number, OwnFacts>,
  ) {}

  /**
   * The table over `entries` in order; an entry whose key came before replaces the earlier one in
   * its place (as `Map.set` does). Returns the table and the entries it kept, in table order.
   */
  static build(
    entries: readonly WatchlistEntrySource[],
    keyOf: (entry: WatchlistEntrySource) => string,
  ): { readonly table: PartyEntryTable; readonly kept: WatchlistEntrySource[]; readonly keys: string[] } {
    const kept: WatchlistEntrySource[] = [];
    const keys: string[] = [];
    const slots = new Int32Array(slotCountFor(entries.length));
    for (const entry of entries) {
      const key = keyOf(entry);
      const slot = findSlot(slots, key, (ordinal) => keys[ordinal] === key);
      const found = slots[slot] as number;
      if (found !== EMPTY_SLOT) {
        kept[found - 1] = entry;
        continue;
      }
      keys.push(key);
      kept.push(entry);
      slots[slot] = keys.length;
    }

    const sharedIds = new Map<string, number>();
    const shared: SharedFacts[] = [];
    const countryLists = new Map<string, readonly string[]>();
    const own = new Map<number, OwnFacts>();
    // Scratch for the narrower copy below (see scratchBuffer).
    const ids = new Int32Array(scratchBuffer(4 * kept.length));
    for (let ordinal = 0; ordinal < kept.length; ordinal++) {
      const entry = kept[ordinal] as WatchlistEntrySource;
      const countriesKey = entry.countries.join(',');
      let countries = countryLists.get(countriesKey);
      if (countries === undefined) {
        countries = Object.freeze([...entry.countries]);
        countryLists.set(countriesKey, countries);
      }
      const facts: SharedFacts = {
        list: entry.list,
        reason: entry.reason,
        points: entry.points,
        expiresOn: entry.expiresOn,
        partyKind: entry.partyKind,
        country: entry.country,
        countries,
        referenceIsEntryId: entry.referenceNumber === entry.entryId,
      };
      const factsKey = sharedFactsKey(facts, countriesKey);
      let id = sharedIds.get(factsKey);
      if (id === undefined) {
        id = shared.push(Object.freeze(facts)) - 1;
        sharedIds.set(factsKey, id);
      }
      ids[ordinal] = id;
      const referenceNumber = entry.referenceNumber === entry.entryId ? undefined : entry.referenceNumber;
      const identity = identityOf(entry);
      const weakAliases = weakAliasesOf(entry);
      if (
        entry.documents.length > 0 ||
        referenceNumber !== undefined ||
        identity !== undefined ||
        weakAliases !== undefined
      )
        own.set(ordinal, { documents: entry.documents, referenceNumber, identity, weakAliases });
    }
    // Copied by the typed-array constructor: `from` walks a view of a resizable buffer element by element.
    const sharedOf = shared.length <= 0xffff ? new Uint16Array(ids) : ids.slice();
    const packedKeys = PackedStrings.builder();
    for (const key of keys) packedKeys.add(key);
    return { table: new PartyEntryTable(packedKeys.build(), slots, sharedOf, shared, own), kept, keys };
  }

  get size(): number {
    return this.entryKeys.size;
  }

  has(key: string): boolean {
    return this.ordinalOf(key) >= 0;
  }

  get(key: string): PartyEntryFacts | undefined {
    const ordinal = this.ordinalOf(key);
    if (ordinal < 0) return undefined;
    const facts = this.shared[this.sharedOf[ordinal] as number] as SharedFacts;
    const own = this.own.get(ordinal);
    const entryId = key.slice(facts.list.length + 1);
    return {
      list: facts.list,
      entryId,
      kind: 'PARTY',
      reason: facts.reason,
      points: facts.points,
      expiresOn: facts.expiresOn,
      partyKind: facts.partyKind,
      country: facts.country,
      countries: facts.countries,
      documents: own === undefined ? NO_DOCUMENTS : own.documents,
      referenceNumber: facts.referenceIsEntryId ? entryId : own?.referenceNumber,
      // Every field always present (undefined when absent): one object shape for every entry keeps
      // the indicator's reads of it monomorphic.
      nationalities: own?.identity?.nationalities,
      datesOfBirth: own?.identity?.datesOfBirth,
      placesOfBirth: own?.identity?.placesOfBirth,
      titles: own?.identity?.titles,
      designations: own?.identity?.designations,
      weakAliases: own?.weakAliases,
    };
  }

  *keys(): IterableIterator<string> {
    for (let ordinal = 0; ordinal < this.entryKeys.size; ordinal++) yield this.entryKeys.get(ordinal);
  }

  /** The entry's ordinal, -1 when no entry has this key. */
  private ordinalOf(key: string): number {
    const keys = this.entryKeys;
    return (this.slots[findSlot(this.slots, key, (ordinal) => keys.equals(ordinal, key))] as number) - 1;
  }
}

/**
 * One string per distinct SharedFacts, built without JSON.stringify (a tenth of a 100,000-entry
 * build): every field in order, tagged so that undefined, null, a number and a string stay apart,
 * strings length-prefixed so no content can run into the next field. `countriesKey` stands for
 * `facts.countries`, which is the one array kept per countriesKey.
 */
function sharedFactsKey(facts: SharedFacts, countriesKey: string): string {
  return `${part(facts.list)}${part(facts.reason)}${part(facts.points)}${part(facts.expiresOn)}${part(facts.partyKind)}${part(facts.country)}${part(countriesKey)}${facts.referenceIsEntryId ? 't' : 'f'}`;
}

function part(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null) return 'n';
  if (typeof value === 'string') return `s${value.length}:${value}`;
  if (typeof value === 'number') return `d${value};`;
  const json = JSON.stringify(value);
  return `j${json.length}:${json}`;
}

/** The slot holding `key` (`isKey` tells an entry ordinal's key), or the empty slot where it would go (linear probing). */
function findSlot(slots: Int32Array, key: string, isKey: (ordinal: number) => boolean): number {
  const mask = slots.length - 1;
  let slot = stringKeyHash(key) & mask;
  for (;;) {
    const found = slots[slot] as number;
    if (found === EMPTY_SLOT || isKey(found - 1)) return slot;
    slot = (slot + 1) & mask;
  }
}

/** A power of two, at least SLOTS_PER_ENTRY per entry. */
function slotCountFor(entries: number): number {
  let size = 16;
  while (size < entries * SLOTS_PER_ENTRY) size *= 2;
  return size;
}
