import { describeRejection, screeningResultValidator, type Declaration, type Hit } from '@salw/contracts';
import { aDeclaration, anItem } from '@salw/contracts/testing';
import { parseJsonLinesWatchlist } from '@salw/watchlists';
import { compileProfile } from '../profile/compile-profile';
import type { CompiledProfile } from '../profile/compiled-profile.model';
import { readProfileDocument, SALW_DEFAULT_PROFILE_DIR } from '../node/load-profile-from-dir';
import { buildSnapshot } from '../snapshot/build-snapshot';
import type { ScreeningSnapshot } from '../snapshot/screening-snapshot.model';
import type { WatchlistFileSource } from '../snapshot/watchlist-source.model';
import { evaluate, type EvaluateInput } from '../evaluate/evaluate';
import type { HistoryFacts } from '../history/history-facts.model';
import { join } from 'node:path';

/**
 * Shared test data for the engine's specs: the default profile, national lists, and the ordinary
 * declaration of the contracts' declaration builder (re-exported here beside the engine's helpers).
 */
export { aDeclaration, anItem };

export const NOW = new Date('2026-11-29T10:00:01.000Z');

let documentPromise: Promise<Record<string, unknown>> | undefined;

/** The salw-default profile document, read once per test file (a fresh deep copy each call). */
export async function defaultProfileDocument(): Promise<Record<string, unknown>> {
  documentPromise ??= readProfileDocument(join(SALW_DEFAULT_PROFILE_DIR, 'profile.json')) as Promise<
    Record<string, unknown>
  >;
  return structuredClone(await documentPromise);
}

let compiled: Promise<CompiledProfile> | undefined;
export async function defaultProfile(): Promise<CompiledProfile> {
  compiled ??= defaultProfileDocument().then(compileProfile);
  return compiled;
}

/** A declaration with one item of the given description and HS code (other item fields kept ordinary). */
export function withItem(
  description: string,
  hsCode = '847990',
  patch: Partial<Declaration> = {},
): Declaration {
  return aDeclaration({ items: [anItem({ description, hsCode })], ...patch });
}

/** A national list parsed from JSON Lines by the watchlists library, as the registry would. */
export function nationalList(
  entries: readonly Record<string, unknown>[],
  list = 'national',
): WatchlistFileSource {
  return parseJsonLinesWatchlist(entries.map((e) => JSON.stringify({ list, ...e })).join('\n'));
}

export function snapshotOf(
  profile: CompiledProfile,
  watchlists: readonly WatchlistFileSource[] = [],
): ScreeningSnapshot {
  return buildSnapshot({ profile, watchlists });
}

/**
 * Screens with the default profile (or the given snapshot) and returns the hits of one indicator. Every
 * result is checked against the ScreeningResult contract on the way, so each indicator spec also proves
 * that what it produces is publishable.
 */
export async function hitsOf(
  code: string,
  declaration: Declaration,
  options: {
    watchlists?: readonly WatchlistFileSource[];
    history?: HistoryFacts;
    snapshot?: ScreeningSnapshot;
  } = {},
): Promise<Hit[]> {
  const snapshot = options.snapshot ?? snapshotOf(await defaultProfile(), options.watchlists);
  const input: EvaluateInput = { snapshot, declaration, now: NOW, history: options.history };
  const result = evaluate(input);
  const checked = screeningResultValidator.check(JSON.parse(JSON.stringify(result)));
  if (!checked.ok)
    throw new Error(`result breaks the ScreeningResult contract: ${describeRejection(checked)}`);
  return result.hits.filter((h) => h.indicator === code);
}
