import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RiskProfileDocument } from '../profile/risk-profile.schema';
import { validateProfileDocument } from '../profile/validate-profile';
import { readProfileDocument, SALW_DEFAULT_PROFILE_DIR } from './load-profile-from-dir';

/**
 * The profile a command was given: a folder with `profile.json` (and the data files it names), a
 * `profile.json` of such a folder, or one self-contained profile document; `salw-default` without
 * the option. Refused with every schema problem named by its JSON path.
 */
export async function readProfileOption(option: string | undefined): Promise<RiskProfileDocument> {
  const target = option ?? SALW_DEFAULT_PROFILE_DIR;
  const file = (await stat(target)).isDirectory() ? join(target, 'profile.json') : target;
  const checked = validateProfileDocument(await readProfileDocument(file));
  if (!checked.ok) {
    const problems = checked.violations.map((v) => `  ${v.path}: ${v.message}`).join('\n');
    throw new Error(`the risk profile ${file} is not valid:\n${problems}`);
  }
  return checked.value;
}
