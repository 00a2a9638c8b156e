import { join } from 'node:path';
import { buildSnapshot, type ScreeningSnapshot } from '@salw/risk-engine';
import { loadProfileFromDir, SALW_DEFAULT_PROFILE_DIR } from '@salw/risk-engine/node';
import { parseWatchlistFile } from '@salw/watchlists/node';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** The default profile with the project's fictional sample lists, as the labelled cases expect them. */
export async function sampleListsSnapshot(): Promise<ScreeningSnapshot> {
  return buildSnapshot({
    profile: await loadProfileFromDir(SALW_DEFAULT_PROFILE_DIR),
    watchlists: [
      await parseWatchlistFile(join(ROOT, 'deploy/samples/un-sample.xml')),
      await parseWatchlistFile(join(ROOT, 'deploy/samples/national-watchlist.jsonl')),
    ],
  });
}
