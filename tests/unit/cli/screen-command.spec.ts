import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `screen` command as an analyst runs it, on the project's own sample files. */
const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function screen(args: string[], input?: string) {
  return spawnSync(TSX, ['apps/cli/src/screen/screen.command.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run screen', () => {
  const lists = [
    '--watchlist',
    'deploy/samples/un-sample.xml',
    '--watchlist',
    'deploy/samples/national-watchlist.csv',
  ];

  it('writes one ScreeningResult per valid line in input order, reports bad lines by number, and prints a summary', () => {
    const sample = readFileSync(join(ROOT, 'deploy/samples/declarations.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 20);
    const input = ['{"schemaVersion":"1"', ...sample, sample[0]].join('\n');
    const run = screen([...lists, '--now', '2026-11-29T10:00:00Z', '-'], input);
    expect(run.status).toBe(0);
    const results = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((r) => r.declarationId)).toEqual(sample.map((l) => JSON.parse(l).declarationId));
    expect(results.every((r) => r.screenedAt === '2026-11-29T10:00:00.000Z')).toBe(true);
    expect(run.stderr).toMatch(/line 1: INVALID_JSON: \(root\): malformed JSON at line 1/);
    expect(run.stderr).toMatch(/screened\s+20/);
    expect(run.stderr).toMatch(/replays \(no result\)\s+1/);
  });

  it('is deterministic for a fixed --now: the same input gives byte-identical output', () => {
    const args = [...lists, '--now', '2026-11-29T10:00:00Z', 'deploy/samples/declarations.ndjson'];
    expect(screen(args).stdout).toBe(screen(args).stdout);
  });

  it('explains usage errors with exit code 2', () => {
    const run = screen(['deploy/samples/declarations.ndjson']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('give at least one --watchlist FILE');
  });
});
