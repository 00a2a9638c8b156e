import { spawn } from 'node:child_process';

export interface ExitReport {
  /** Exit code, or null when the process had to be killed at the deadline (a hang). */
  readonly code: number | null;
  readonly output: string;
  readonly ms: number;
}

/**
 * Runs an entry point of the project (`node --import tsx <entry> ...args`) to its end, collecting
 * stdout and stderr; kills it after `timeoutMs` so a hang shows as `code: null`, never as a stuck test.
 */
export function runToExit(
  repoRoot: string,
  entry: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<ExitReport> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? null : code, output, ms: Date.now() - started });
    });
  });
}
