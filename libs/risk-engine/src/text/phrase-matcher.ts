import type { VocabularyDocument } from '../profile/risk-profile.schema';
import { ProfileError } from '../profile/profile.error';
import { tokenise, type TokenList } from './tokenise.util';

/** One vocabulary term, compiled. */
export interface CompiledTerm {
  readonly vocabulary: string;
  readonly id: string;
  readonly label: string;
  readonly category: string;
  readonly ambiguous: boolean;
  readonly points: number | undefined;
  readonly window: number;
  readonly suppressors: ReadonlySet<number>;
  readonly qualifiers: ReadonlySet<number>;
  readonly pairsWith: ReadonlySet<string>;
  /** HS prefixes under which the term means ordinary goods; empty for most terms. */
  readonly notUnderHs: readonly string[];
  /** HS prefixes whose goods the term names in the trade; empty for most terms. */
  readonly fitsHs: readonly string[];
}

/** A term found in a text: which term, in which language form, and where (token and character spans). */
export interface TermMatch {
  readonly term: CompiledTerm;
  readonly lang: string;
  readonly firstToken: number;
  readonly lastToken: number;
  readonly start: number;
  readonly end: number;
  /** What the text says there, as written. */
  readonly text: string;
}

/** Accepted matches of one text, per vocabulary name (only vocabularies with matches appear). */
export interface TextMatches {
  readonly tokens: TokenList;
  readonly byVocabulary: ReadonlyMap<string, readonly TermMatch[]>;
}

interface TermRef {
  readonly term: CompiledTerm;
  readonly lang: string;
  readonly vocabularyIndex: number;
}

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  terms: TermRef[] | undefined;
  contexts: number[] | undefined;
}

interface RawMatch {
  readonly ref: TermRef;
  readonly first: number;
  readonly last: number;
  suppressed: boolean;
}

interface Candidate {
  readonly ref: TermRef;
  readonly last: number;
}

interface ContextHit {
  readonly id: number;
  readonly first: number;
  readonly last: number;
}

const EMPTY: ReadonlyMap<string, readonly TermMatch[]> = new Map();
const CACHE_LIMIT = 50_000;
const DEFAULT_MIN_STEM = 5;
const DEFAULT_MAX_SUFFIX = 3;

/**
 * Finds vocabulary terms in free text with one pass over its tokens: words map to integer ids (exact,
 * then by stem, then without a clitic prefix), ids walk a phrase trie shared by every vocabulary of the
 * profile, and context rules (suppressors, qualifiers, category pairs) are checked on the few matches.
 * No regular expression runs per term, so the cost grows with the text, not with the vocabulary.
 */
export class PhraseMatcher {
  private readonly ids = new Map<string, number>();
  private readonly stems = new Set<string>();
  private readonly root: TrieNode = { next: undefined, terms: undefined, contexts: undefined };
  private readonly contextIds = new Map<string, number>();
  private readonly vocabularyNames: string[] = [];
  private clitics: string[] = [];
  private minStem = DEFAULT_MIN_STEM;
  private maxSuffix = DEFAULT_MAX_SUFFIX;
  // Words recur across declarations; remembering their ids makes the common case one map lookup.
  private readonly cache = new Map<string, number>();

  /** Adds one vocabulary; `path` is its JSON path in the profile, for errors. */
  addVocabulary(name: string, doc: VocabularyDocument, path: string): void {
    const index = this.vocabularyNames.length;
    this.vocabularyNames.push(name);
    if (doc.minStemLength !== undefined) this.minStem = Math.min(this.minStem, doc.minStemLength);
    if (doc.maxStemSuffix !== undefined) this.maxSuffix = Math.max(this.maxSuffix, doc.maxStemSuffix);
    for (const clitic of doc.clitics ?? []) if (!this.clitics.includes(clitic)) this.clitics.push(clitic);
    this.clitics.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const minStem = doc.minStemLength ?? DEFAULT_MIN_STEM;

    const resolveContext = (refs: readonly string[] | undefined, refPath: string): Set<number> => {
      const out = new Set<number>();
      (refs ?? []).forEach((ref, i) => {
        const words = ref.startsWith('@') ? this.groupWords(doc, ref.slice(1), `${refPath}[${i}]`) : [ref];
        for (const word of words) out.add(this.addContext(word, minStem, `${refPath}[${i}]`));
      });
      return out;
    };
    const globalQualifiers = resolveContext(doc.qualifiedBy, `${path}.qualifiedBy`);
    const seen = new Set<string>();
    doc.terms.forEach((t, i) => {
      const termPath = `${path}.terms[${i}]`;
      if (seen.has(t.id)) throw new ProfileError(`${termPath}.id`, `duplicate term id '${t.id}'`);
      seen.add(t.id);
      const qualifiers = resolveContext(t.qualifiedBy, `${termPath}.qualifiedBy`);
      if (t.ambiguous) for (const q of globalQualifiers) qualifiers.add(q);
      const term: CompiledTerm = {
        vocabulary: name,
        id: t.id,
        label: t.label ?? firstForm(t.forms),
        category: t.category,
        ambiguous: t.ambiguous === true,
        points: t.points,
        window: t.window ?? doc.window,
        suppressors: resolveContext(t.suppressedBy, `${termPath}.suppressedBy`),
        qualifiers,
        pairsWith: new Set(t.pairsWith ?? []),
        notUnderHs: t.notUnderHs ?? [],
        fitsHs: t.fitsHs ?? [],
      };
      for (const [lang, forms] of Object.entries(t.forms)) {
        forms.forEach((form, k) => {
          const node = this.insert(form, minStem, `${termPath}.forms.${lang}[${k}]`);
          // Two spellings of one form ("9mm", "9 mm") reach the same node: one reference is enough.
          if (node.terms?.some((ref) => ref.term === term)) return;
          (node.terms ??= []).push({ term, lang, vocabularyIndex: index });
        });
      }
    });
  }

  /** Finds the accepted term matches of every vocabulary in `text`. */
  match(text: string): TextMatches {
    const tokens = tokenise(text);
    const n = tokens.texts.length;
    const ids = new Array<number>(n);
    for (let i = 0; i < n; i++) ids[i] = this.idOf(tokens.texts[i] as string);

    let raw: RawMatch[] | undefined;
    let contexts: ContextHit[] | undefined;
    // Most texts name no term at all: the per-vocabulary cover is only made once one is found.
    let coveredUntil: number[] | undefined;
    const candidates: Candidate[] = [];
    for (let i = 0; i < n; i++) {
      if ((ids[i] as number) < 0) continue;
      let node: TrieNode | undefined = this.root;
      if (candidates.length > 0) candidates.length = 0;
      for (let j = i; j < n && node; j++) {
        const id = ids[j] as number;
        node = id < 0 || node.next === undefined ? undefined : node.next.get(id);
        if (!node) break;
        if (node.contexts)
          for (const c of node.contexts) (contexts ??= []).push({ id: c, first: i, last: j });
        if (node.terms) for (const ref of node.terms) candidates.push({ ref, last: j });
      }
      if (candidates.length === 0) continue;
      coveredUntil ??= new Array<number>(this.vocabularyNames.length).fill(-1);
      for (let c = 0; c < candidates.length; c++) {
        const { ref, last } = candidates[c] as Candidate;
        // Only the longest term per vocabulary at a position counts, and a term inside a longer one
        // of the same vocabulary ("bolt" in "bolt carrier") is not a match of its own.
        if (longerFollows(candidates, c)) continue;
        if (last <= (coveredUntil[ref.vocabularyIndex] as number)) continue;
        (raw ??= []).push({ ref, first: i, last, suppressed: false });
      }
      for (const { ref, last } of candidates) {
        if (last > (coveredUntil[ref.vocabularyIndex] as number)) coveredUntil[ref.vocabularyIndex] = last;
      }
    }
    if (!raw) return { tokens, byVocabulary: EMPTY };

    if (contexts) {
      for (const m of raw) {
        const suppressors = m.ref.term.suppressors;
        if (suppressors.size === 0) continue;
        for (const c of contexts) {
          if (suppressors.has(c.id) && gap(m.first, m.last, c.first, c.last) <= m.ref.term.window) {
            m.suppressed = true;
            break;
          }
        }
      }
    }
    const byVocabulary = new Map<string, TermMatch[]>();
    for (const m of raw) {
      if (m.suppressed) continue;
      if (m.ref.term.ambiguous && !isQualified(m, raw, contexts)) continue;
      const name = this.vocabularyNames[m.ref.vocabularyIndex] as string;
      let list = byVocabulary.get(name);
      if (!list) byVocabulary.set(name, (list = []));
      const start = tokens.starts[m.first] as number;
      const end = tokens.ends[m.last] as number;
      list.push({
        term: m.ref.term,
        lang: m.ref.lang,
        firstToken: m.first,
        lastToken: m.last,
        start,
        end,
        text: text.slice(start, end),
      });
    }
    return { tokens, byVocabulary };
  }

  private idOf(token: string): number {
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    let id = this.lookup(token);
    if (id < 0) {
      for (const clitic of this.clitics) {
        if (token.length - clitic.length >= 2 && token.startsWith(clitic)) {
          id = this.lookup(token.slice(clitic.length));
          if (id >= 0) break;
        }
      }
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(token, id);
    return id;
  }

  private lookup(token: string): number {
    const exact = this.ids.get(token);
    if (exact !== undefined) return exact;
    for (let k = 1; k <= this.maxSuffix && token.length - k >= this.minStem; k++) {
      const stem = token.slice(0, token.length - k);
      if (this.stems.has(stem)) return this.ids.get(stem) as number;
    }
    return -1;
  }

  private idFor(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }

  private insert(form: string, minStem: number, path: string): TrieNode {
    // A word written with a trailing * ("спусков* механизм*") matches any ending of its last token.
    const words: string[] = [];
    for (const chunk of form.trim().split(/\s+/u)) {
      const stem = chunk.endsWith('*');
      const tokens = tokenise(stem ? chunk.slice(0, -1) : chunk).texts;
      words.push(...tokens);
      const last = tokens[tokens.length - 1];
      if (!stem || last === undefined) continue;
      if (last.length < minStem)
        throw new ProfileError(
          path,
          `stem '${chunk}' is shorter than ${minStem} letters and would match unrelated words`,
        );
      this.stems.add(last);
    }
    if (words.length === 0) throw new ProfileError(path, `'${form}' has no letters or digits to match`);
    let node = this.root;
    for (const word of words) {
      const id = this.idFor(word);
      node.next ??= new Map();
      let child = node.next.get(id);
      if (!child) node.next.set(id, (child = { next: undefined, terms: undefined, contexts: undefined }));
      node = child;
    }
    this.cache.clear();
    return node;
  }

  private addContext(word: string, minStem: number, path: string): number {
    const key = word.normalize('NFC');
    let id = this.contextIds.get(key);
    if (id === undefined) {
      id = this.contextIds.size;
      this.contextIds.set(key, id);
      (this.insert(word, minStem, path).contexts ??= []).push(id);
    }
    return id;
  }

  private groupWords(doc: VocabularyDocument, group: string, path: string): string[] {
    const forms = doc.contextGroups?.[group];
    if (!forms) throw new ProfileError(path, `context group '@${group}' is not defined in contextGroups`);
    return Object.values(forms).flat();
  }
}

/**
 * The matches that keep their meaning under an item's HS code: a term is dropped under the headings its
 * profile names as its ordinary trade meaning ('gunpowder' under chapter 09 is a green tea grade).
 */
export function matchesUnderHs(matches: readonly TermMatch[], hsCode: string): readonly TermMatch[] {
  let kept: TermMatch[] | undefined;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i] as TermMatch;
    const ordinary = m.term.notUnderHs.some((prefix) => hsCode.startsWith(prefix));
    if (ordinary && !kept) kept = matches.slice(0, i);
    else if (!ordinary && kept) kept.push(m);
  }
  return kept ?? matches;
}

function firstForm(forms: Readonly<Record<string, readonly string[]>>): string {
  for (const list of Object.values(forms)) if (list[0]) return list[0].replace(/\*$/u, '');
  return '';
}

/** Whether a later candidate of the same vocabulary at this position reaches further than candidate `c`. */
function longerFollows(candidates: readonly Candidate[], c: number): boolean {
  const { ref, last } = candidates[c] as Candidate;
  for (let k = c + 1; k < candidates.length; k++) {
    const other = candidates[k] as Candidate;
    if (other.last > last && other.ref.vocabularyIndex === ref.vocabularyIndex) return true;
  }
  return false;
}

/** Words strictly between two spans; 0 when they touch or overlap. */
function gap(aFirst: number, aLast: number, bFirst: number, bLast: number): number {
  if (bLast < aFirst) return aFirst - bLast - 1;
  if (bFirst > aLast) return bFirst - aLast - 1;
  return 0;
}

function isQualified(
  m: RawMatch,
  raw: readonly RawMatch[],
  contexts: readonly ContextHit[] | undefined,
): boolean {
  const term = m.ref.term;
  if (contexts && term.qualifiers.size > 0) {
    for (const c of contexts)
      if (term.qualifiers.has(c.id) && gap(m.first, m.last, c.first, c.last) <= term.window) return true;
  }
  for (const other of raw) {
    if (other === m || other.suppressed || other.ref.vocabularyIndex !== m.ref.vocabularyIndex) continue;
    const qualifies = !other.ref.term.ambiguous || term.pairsWith.has(other.ref.term.category);
    if (qualifies && gap(m.first, m.last, other.first, other.last) <= term.window) return true;
  }
  return false;
}
