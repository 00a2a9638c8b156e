/** One value that differs between two profile versions, by its JSON path. */
export interface ProfileChange {
  readonly path: string;
  readonly from?: unknown;
  readonly to?: unknown;
}

/** What changed between two risk profile versions, grouped as an analyst reads it. */
export interface ProfileDiff {
  readonly from: { readonly id: string; readonly version: number };
  readonly to: { readonly id: string; readonly version: number };
  readonly indicatorsAdded: readonly string[];
  readonly indicatorsRemoved: readonly string[];
  /** Indicator code -> its changed settings (`enabled`, `points`, `maxPoints`, `params.x.y`). */
  readonly indicators: Readonly<Record<string, readonly ProfileChange[]>>;
  readonly thresholds: readonly ProfileChange[];
  /** Every other changed value (reference data, alert settings), by path. */
  readonly other: readonly ProfileChange[];
}

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Leaf-level changes between two JSON values; arrays compare whole (a word list is one setting). */
function changes(a: Json, b: Json, path: string, out: ProfileChange[]): void {
  if (isObject(a) && isObject(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
      changes(a[key], b[key], path === '' ? key : `${path}.${key}`, out);
    return;
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  out.push({
    path,
    ...(a !== undefined ? { from: summarise(a) } : {}),
    ...(b !== undefined ? { to: summarise(b) } : {}),
  });
}

/** Long arrays and objects are shown by size, so a changed word list does not fill the screen. */
function summarise(value: Json): Json {
  const text = JSON.stringify(value);
  if (text.length <= 120) return value;
  if (Array.isArray(value)) return `[${value.length} items]`;
  return isObject(value) ? `{${Object.keys(value).length} keys}` : `${text.slice(0, 117)}...`;
}

/**
 * Which indicators were added, removed or changed (and in what: enabled, points, params), which
 * thresholds moved, and which other values differ, between two profile documents.
 */
export function diffProfiles(from: Json, to: Json): ProfileDiff {
  const a = isObject(from) ? from : {};
  const b = isObject(to) ? to : {};
  const indicatorsA = isObject(a.indicators) ? a.indicators : {};
  const indicatorsB = isObject(b.indicators) ? b.indicators : {};
  const indicators: Record<string, ProfileChange[]> = {};
  for (const code of Object.keys(indicatorsB).sort()) {
    if (!(code in indicatorsA)) continue;
    const found: ProfileChange[] = [];
    changes(indicatorsA[code], indicatorsB[code], '', found);
    if (found.length > 0) indicators[code] = found;
  }
  const thresholds: ProfileChange[] = [];
  changes(a.thresholds, b.thresholds, 'thresholds', thresholds);
  const other: ProfileChange[] = [];
  const rest = (doc: Record<string, Json>) => {
    const copy: Record<string, Json> = { ...doc };
    for (const key of ['indicators', 'thresholds', 'id', 'version']) delete copy[key];
    return copy;
  };
  changes(rest(a), rest(b), '', other);
  return {
    from: { id: String(a.id), version: Number(a.version) },
    to: { id: String(b.id), version: Number(b.version) },
    indicatorsAdded: Object.keys(indicatorsB)
      .filter((code) => !(code in indicatorsA))
      .sort(),
    indicatorsRemoved: Object.keys(indicatorsA)
      .filter((code) => !(code in indicatorsB))
      .sort(),
    indicators,
    thresholds,
    other,
  };
}
