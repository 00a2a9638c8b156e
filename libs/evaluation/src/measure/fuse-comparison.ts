import Fuse from 'fuse.js';
import type { WatchlistEntry } from '@salw/watchlists';
import type { MatcherComparison, NameVariantMeasure, OrdinaryNameMeasure } from '../evaluation-report.model';
import type { ListedNameVariant } from '../names/listed-name-variant.generator';
import type { OrdinaryName } from '../names/ordinary-name.generator';

/** fuse.js score (0 exact .. 1 anything) at or under which a result counts as a possible match. */
export const FUSE_THRESHOLD = 0.3;
export const FUSE_VERSION = '7.5.0';
/**
 * fuse.js scans every indexed name per query (about 0.1 s here), so ordinary names are sampled: the
 * first this many of the seeded set, enough for a rate to a fraction of a percent.
 */
export const FUSE_ORDINARY_NAME_SAMPLE = 1000;

interface IndexedName {
  readonly entryId: string;
  readonly name: string;
}

/**
 * The same probes through fuse.js, a widely used fuzzy-search library, over every listed name, alias
 * and original-script name: recall (the right entry among the first five results within the threshold),
 * possible matches on ordinary names, and time per query, beside the engine's own figures.
 */
export function compareWithFuse(
  entries: readonly WatchlistEntry[],
  variants: readonly ListedNameVariant[],
  names: readonly OrdinaryName[],
  engine: { readonly variants: NameVariantMeasure; readonly names: OrdinaryNameMeasure },
): MatcherComparison {
  const indexed: IndexedName[] = [];
  for (const e of entries) {
    if (e.kind !== 'PARTY') continue;
    for (const name of [e.name, e.originalScriptName, ...e.aliases.map((a) => a.name)])
      if (name && name.trim() !== '') indexed.push({ entryId: e.entryId, name });
  }
  const fuse = new Fuse(indexed, {
    keys: ['name'],
    threshold: FUSE_THRESHOLD,
    ignoreLocation: true,
    includeScore: true,
    isCaseSensitive: false,
  });
  let ms = 0;
  let queries = 0;
  const found = new Map<string, { total: number; found: number }>();
  let foundAll = 0;
  for (const v of variants) {
    const started = performance.now();
    const results = fuse.search(v.text, { limit: 5 });
    ms += performance.now() - started;
    queries += 1;
    const hit = results.some((r) => r.item.entryId === v.entryId);
    const t = found.get(v.kind) ?? { total: 0, found: 0 };
    t.total += 1;
    if (hit) {
      t.found += 1;
      foundAll += 1;
    }
    found.set(v.kind, t);
  }
  let ordinaryAlerts = 0;
  const sample = names.slice(0, FUSE_ORDINARY_NAME_SAMPLE);
  for (const n of sample) {
    const started = performance.now();
    const results = fuse.search(n.name, { limit: 1 });
    ms += performance.now() - started;
    queries += 1;
    if (results.length > 0) ordinaryAlerts += 1;
  }
  const fuseMs = ms / Math.max(1, queries);
  const engineMs =
    (engine.variants.msPerQuery * engine.variants.probes + engine.names.msPerQuery * engine.names.names) /
    Math.max(1, engine.variants.probes + engine.names.names);
  return {
    fuse: {
      version: FUSE_VERSION,
      threshold: FUSE_THRESHOLD,
      recall: foundAll / Math.max(1, variants.length),
      byKind: Object.fromEntries([...found].map(([k, t]) => [k, t.found / t.total])),
      ordinaryAlerts,
      ordinaryNamesQueried: sample.length,
      ordinaryAlertRate: ordinaryAlerts / Math.max(1, sample.length),
      msPerQuery: fuseMs,
      indexedNames: indexed.length,
    },
    engine: {
      recall: engine.variants.recall,
      ordinaryAlertRate: engine.names.alertRate,
      msPerQuery: engineMs,
    },
    engineToFuseTime: engineMs / fuseMs,
  };
}
