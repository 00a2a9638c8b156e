import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { compileProfile } from '../profile/compile-profile';
import type { CompiledProfile } from '../profile/compiled-profile.model';
import { ProfileError } from '../profile/profile.error';

/** Where the default profile's data files live. */
export const SALW_DEFAULT_PROFILE_DIR = resolve(__dirname, '../../profiles/salw-default');

async function readJson(file: string, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ProfileError(path, `cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProfileError(path, `${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Replaces every `{ "$file": "name.json" }` object with that file's content, read beside the profile. */
async function inline(value: unknown, baseDir: string, path: string): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((v, i) => inline(v, baseDir, `${path}[${i}]`)));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === '$file') {
    const name = record.$file;
    if (typeof name !== 'string' || isAbsolute(name) || name.includes('..')) {
      throw new ProfileError(path, '$file must name a file beside profile.json');
    }
    return readJson(join(baseDir, name), path);
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = await inline(record[key], baseDir, path === '' ? key : `${path}.${key}`);
  return out;
}

/**
 * Reads `profile.json` (and the reference data files it points to with `$file`) into one self-contained
 * profile document, as the registry stores it.
 */
export async function readProfileDocument(profileFile: string): Promise<unknown> {
  const doc = await readJson(profileFile, '(root)');
  return inline(doc, dirname(profileFile), '');
}

/** Reads and compiles the profile in `dir` (`profile.json` plus its data files). */
export async function loadProfileFromDir(dir: string): Promise<CompiledProfile> {
  return compileProfile(await readProfileDocument(join(dir, 'profile.json')));
}
