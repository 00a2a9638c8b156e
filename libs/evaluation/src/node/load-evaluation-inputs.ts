import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadProfileFromDir, SALW_DEFAULT_PROFILE_DIR } from '@salw/risk-engine/node';
import { parseWatchlistFile } from '@salw/watchlists/node';
import type { LabelledCase } from '../measure/measure-labelled-set';
import type { EvaluationInputs } from '../run-evaluation';

/** The real UN list the evaluation is held to, beside the repository as `../shared/data`. */
export const UN_LIST_PATH = '../shared/data/un-sc/consolidated-2024-09-26.xml';

/**
 * Reads what the evaluation runs on, from the repository root: the default profile, the real UN list
 * (required: without it name matching cannot be judged), the labelled set and its fictional lists.
 */
export async function loadEvaluationInputs(repoRoot: string): Promise<EvaluationInputs> {
  const unPath = resolve(repoRoot, UN_LIST_PATH);
  if (!existsSync(unPath))
    throw new Error(
      `the UN consolidated list is not at ${unPath}; the evaluation needs the real list (../shared/data beside the repository)`,
    );
  const labelled = readFileSync(join(repoRoot, 'tests/fixtures/evaluation/evaluation-set.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledCase);
  return {
    profile: await loadProfileFromDir(SALW_DEFAULT_PROFILE_DIR),
    unList: await parseWatchlistFile(unPath),
    labelledLists: [
      await parseWatchlistFile(join(repoRoot, 'deploy/samples/un-sample.xml')),
      await parseWatchlistFile(join(repoRoot, 'deploy/samples/national-watchlist.jsonl')),
    ],
    labelled,
  };
}
