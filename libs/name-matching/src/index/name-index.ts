import { GENERIC_ONLY_SCORE_CAP, WEAK_ONE_WORD_SCORE_CAP } from '../name-matching.constants';
import type { NameIndexEntry, NameMatchCandidate, NameSearchOptions } from '../name-matching.types';
import { expandNameVariants } from '../normalise/expand-name-variants.util';
import { latinLookAlikeReading } from '../normalise/fold-characters.util';
import { normaliseName } from '../normalise/normalise-name.util';
import { explainSequenceMatch, type SequenceMatch } from '../similarity/score-token-sequences.util';
import { CandidateSelector } from './candidate-selector';
import { allTokensKnown, queryMayMatchDistinctively } from './distinctive-query';
import { buildNameIndexData, NO_KIND, type NameIndexData, type SmallIds } from './name-index-data';
import type { PackedStrings } from './packed-strings';
import { queryContextOf, type QueryContext, type QueryToken } from './query-token.model';
import { QueryTokens } from './query-tokens';
import { RecordScorer } from './record-scorer';
import { UpperBoundScorer } from './upper-bound-scorer';

const DEFAULT_LIMIT = 10;
/** Scripts whose names may be written wholly in look-alikes of Latin letters. */
const TRANSLITERATED: ReadonlySet<string> = new Set(['cyrillic', 'greek']);
/** Below the 4-decimal rounding of scores, so that no record that rounds up to minScore is skipped. */
const BOUND_MARGIN = 1e-4;
/** Imported constants read into locals once: the hot loops then read plain module constants. */
const GENERIC_CAP: number = GENERIC_ONLY_SCORE_CAP;
const WEAK_ONE_WORD_CAP: number = WEAK_ONE_WORD_SCORE_CAP;

/** The best record of one entry for the current search. */
interface RecordHit {
  readonly entry: number;
  readonly record: number;
  readonly score: number;
  readonly context: QueryContext;
  /** How the query matched the record, kept to explain the hit without scoring it again. */
  readonly match: SequenceMatch;
}

/**
 * Immutable in-memory index of watchlist names. Every name, alias and original-script name of
 * an entry becomes a "record" (a token sequence); records are stored as typed arrays over an
 * interned vocabulary so a million entries fit in a few hundred megabytes (built by
 * buildNameIndexData).
 *
 * A search never scans the list. Each query token is described against the vocabulary (QueryTokens:
 * exact, within one edit through deletion variants, same phonetic key); CandidateSelector picks the
 * CANDIDATE_LIMITS.scoredRecords records with the best approximate score from the postings of the
 * rarest expansions and a token-pair index; UpperBoundScorer rules out those that cannot reach the
 * minimum score; RecordScorer scores the rest in full. Each hit keeps the match that explains it.
 *
 * A search allocates little: its working sets live in scratch typed arrays owned by those parts
 * (searches are synchronous, so one set per index is enough).
 */
export class NameIndex {
  private readonly queryTokens: QueryTokens;
  private readonly candidateSelector: CandidateSelector;
  private readonly upperBound: UpperBoundScorer;
  private readonly recordScorer: RecordScorer;
  /** How the query matched each selected record (undefined: not scored), during one searchTokens. */
  private readonly recordMatches: Array<SequenceMatch | undefined>;
  private readonly entryIds: PackedStrings;
  private readonly entryKinds: SmallIds;
  private readonly kinds: readonly string[];
  /** Per entry, its position in `countryLists` (0: undefined, an entry without countries). */
  private readonly entryCountries: SmallIds;
  private readonly countryLists: ReadonlyArray<readonly string[] | undefined>;
  private readonly vocabulary: readonly string[];
  private readonly tokenGeneric: Uint8Array;
  private readonly recordStart: Int32Array;
  private readonly recordTokens: Int32Array;
  private readonly recordEntry: Int32Array;
  /** The listed name (or alias) each record came from, as written. */
  private readonly recordName: PackedStrings;
  private readonly recordPrimary: Uint8Array;

  private constructor(data: NameIndexData) {
    ({
      entryIds: this.entryIds,
      entryKinds: this.entryKinds,
      kinds: this.kinds,
      entryCountries: this.entryCountries,
      countryLists: this.countryLists,
      vocabulary: this.vocabulary,
      tokenGeneric: this.tokenGeneric,
      recordStart: this.recordStart,
      recordTokens: this.recordTokens,
      recordEntry: this.recordEntry,
      recordName: this.recordName,
      recordPrimary: this.recordPrimary,
    } = data);
    // Vocabulary token lengths, read by the joined-token filters without touching the strings.
    const tokenLengths = Int32Array.from(this.vocabulary, (token) => token.length);
    this.queryTokens = new QueryTokens(data);
    this.candidateSelector = new CandidateSelector(data);
    this.upperBound = new UpperBoundScorer(data, tokenLengths, this.queryTokens);
    this.recordScorer = new RecordScorer(data, tokenLengths, this.queryTokens);
    this.recordMatches = new Array<SequenceMatch | undefined>(
      this.candidateSelector.selectedRecords.length,
    ).fill(undefined);
  }

  static build(entries: Iterable<NameIndexEntry>): NameIndex {
    return new NameIndex(buildNameIndexData(entries));
  }

  get entryCount(): number {
    return this.entryIds.size;
  }

  get recordCount(): number {
    return this.recordEntry.length;
  }

  get vocabularySize(): number {
    return this.vocabulary.length;
  }

  /**
   * Best-matching entries for a name, best first (ties by entry id), each with its explanation.
   * A query written like a list entry ("X (Y)", "X / Y") is searched as each of its variants.
   */
  search(name: string, options: NameSearchOptions = {}): NameMatchCandidate[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const minScore = options.minScore ?? 0;
    const kindFilter = options.kind === undefined ? undefined : this.kinds.indexOf(options.kind) + 1;
    if (kindFilter === NO_KIND) {
      return [];
    }
    const best = new Map<number, RecordHit>();
    const searched = new Set<string>();
    for (const variant of expandNameVariants(name)) {
      const normalised = normaliseName(variant);
      // A name made only of look-alikes of Latin letters is also read as the Latin name it passes for.
      const lookAlike = TRANSLITERATED.has(normalised.script) ? latinLookAlikeReading(variant) : undefined;
      const readings = [normalised.tokens, normalised.originalScriptTokens];
      if (lookAlike !== undefined) readings.push(normaliseName(lookAlike).tokens);
      for (const tokens of readings) {
        const signature = tokens.join(' ');
        if (tokens.length > 0 && !searched.has(signature)) {
          searched.add(signature);
          this.searchTokens(tokens, kindFilter, minScore, best);
        }
      }
    }
    if (best.size === 0) return [];
    const ranked: RecordHit[] = [];
    for (const hit of best.values()) {
      if (hit.score >= minScore) ranked.push(hit);
    }
    ranked.sort(
      (a, b) => b.score - a.score || compareStrings(this.entryIds.get(a.entry), this.entryIds.get(b.entry)),
    );
    return ranked.slice(0, limit).map((hit) => this.describeHit(hit));
  }

  private searchTokens(
    tokens: readonly string[],
    kindFilter: number | undefined,
    minScore: number,
    best: Map<number, RecordHit>,
  ): void {
    const query = new Array<QueryToken>(tokens.length);
    for (let i = 0; i < tokens.length; i++) query[i] = this.queryTokens.get(tokens[i]);
    // Scores are rounded to 4 decimals: a record is skipped only when even its rounded score stays below minScore.
    const skipBelow = minScore - BOUND_MARGIN;
    if (
      skipBelow > GENERIC_CAP &&
      !allTokensKnown(query) &&
      !queryMayMatchDistinctively(query, this.queryTokens, this.tokenGeneric)
    ) {
      return;
    }
    let context: QueryContext | undefined;
    const selected = this.candidateSelector.selectedRecords;
    // A name listed in several entries is several records with the same tokens: their bound and
    // score are the same, so each distinct token sequence is assessed once (undefined: below the bound).
    const matches = this.recordMatches;
    for (let k = 0, count = this.candidateSelector.select(query, kindFilter); k < count; k++) {
      const record = selected[k];
      const same = this.earlierWithSameTokens(selected, k);
      let match: SequenceMatch | undefined;
      if (same >= 0) {
        match = matches[same];
      } else if (skipBelow <= 0 || this.upperBound.bound(query, record) >= skipBelow) {
        context ??= queryContextOf(query, tokens);
        match = this.recordScorer.score(context, record, this.recordScorer.candidateSequence(record));
      }
      matches[k] = match;
      // (A match implies a context: the first record with these tokens was scored in it.)
      if (match === undefined || context === undefined) continue;
      // Records with the same tokens share a match, but the one-word rules depend on the record.
      if (match.score > WEAK_ONE_WORD_CAP && this.recordScorer.isWeakOneWordMatch(record, query, match)) {
        match = { ...match, score: WEAK_ONE_WORD_CAP, oneWordCapApplied: true };
      }
      const score = match.score;
      const entry = this.recordEntry[record];
      const previous = best.get(entry);
      const primary = this.recordPrimary[record] === 1;
      if (
        previous === undefined ||
        score > previous.score ||
        (score === previous.score && primary && this.recordPrimary[previous.record] === 0)
      ) {
        best.set(entry, { entry, record, score, context, match });
      }
    }
    matches.fill(undefined);
  }

  /** The first of selected[0..k) with the same tokens as selected[k], or -1. */
  private earlierWithSameTokens(selected: Int32Array, k: number): number {
    const recordStart = this.recordStart;
    const recordTokens = this.recordTokens;
    const start = recordStart[selected[k]];
    const length = recordStart[selected[k] + 1] - start;
    for (let e = 0; e < k; e++) {
      const other = recordStart[selected[e]];
      if (recordStart[selected[e] + 1] - other !== length) continue;
      let p = 0;
      while (p < length && recordTokens[other + p] === recordTokens[start + p]) p++;
      if (p === length) return e;
    }
    return -1;
  }

  private describeHit(hit: RecordHit): NameMatchCandidate {
    const { match } = hit;
    const kind = this.entryKinds[hit.entry];
    const countries = this.countryLists[this.entryCountries[hit.entry]];
    return {
      entryId: this.entryIds.get(hit.entry),
      score: hit.score,
      matchedName: this.recordName.get(hit.record),
      matchedNameIsPrimary: this.recordPrimary[hit.record] === 1,
      ...(kind === NO_KIND ? {} : { kind: this.kinds[kind - 1] }),
      ...(countries === undefined ? {} : { countries }),
      explanation: explainSequenceMatch(
        hit.context.sequence,
        this.recordScorer.candidateSequence(hit.record),
        match,
      ),
    };
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
