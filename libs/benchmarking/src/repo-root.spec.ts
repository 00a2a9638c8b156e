import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './repo-root';

describe('repoRoot', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'repo-root-'));
    writeFileSync(join(root, 'package.json'), '{}');
    mkdirSync(join(root, 'dist', 'libs', 'x', 'bench'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds the nearest folder above a bench, source or build, that holds a package.json', () => {
    expect(repoRoot(join(root, 'dist', 'libs', 'x', 'bench'))).toBe(root);
    expect(repoRoot(root)).toBe(root);
  });

  it('is this repository when called without a starting point', () => {
    expect(repoRoot()).toBe(join(__dirname, '..', '..', '..'));
  });
});
