import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProfileFromDir, readProfileDocument, SALW_DEFAULT_PROFILE_DIR } from './load-profile-from-dir';
import { ProfileError } from '../profile/profile.error';

describe('loadProfileFromDir', () => {
  it('loads the salw-default profile with its reference data files inlined', async () => {
    const profile = await loadProfileFromDir(SALW_DEFAULT_PROFILE_DIR);
    expect(profile).toMatchObject({ id: 'salw-default', version: 4 });
    expect(profile.document.referenceData.embargoes.regimes.length).toBeGreaterThan(10);
  });

  it('names the JSON path of a data file that cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-'));
    writeFileSync(
      join(dir, 'profile.json'),
      JSON.stringify({ referenceData: { routing: { $file: 'missing.json' } } }),
    );
    await expect(readProfileDocument(join(dir, 'profile.json'))).rejects.toMatchObject({
      problems: [expect.objectContaining({ path: 'referenceData.routing' })],
    });
  });

  it('refuses a $file outside the profile folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-'));
    writeFileSync(
      join(dir, 'profile.json'),
      JSON.stringify({ referenceData: { routing: { $file: '../etc/passwd' } } }),
    );
    await expect(readProfileDocument(join(dir, 'profile.json'))).rejects.toBeInstanceOf(ProfileError);
  });
});
