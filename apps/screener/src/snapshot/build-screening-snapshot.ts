import { buildSnapshot, compileProfile, type ScreeningSnapshot } from '@salw/risk-engine';
import type { ActivationDocuments } from '@salw/store';

/**
 * The engine's snapshot from what the store holds: the store keeps documents, the engine builds, the
 * screener's holder calls this and holds the result. Results name each list by the version a person
 * recognises: the UN list by its own generation time, other lists by the store's version number.
 */
export function buildScreeningSnapshot(loaded: ActivationDocuments): ScreeningSnapshot {
  const lists: Record<string, string | number> = {};
  for (const { version, file } of loaded.watchlists)
    lists[file.list] = file.format === 'un-sc-xml' ? file.version : version;
  return buildSnapshot({
    profile: compileProfile(loaded.profile),
    watchlists: loaded.watchlists.map((w) => w.file),
    versions: { lists },
  });
}
