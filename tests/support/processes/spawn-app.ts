import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

export interface AppChildOptions {
  /** The node arguments before the entry script, e.g. `['--import', 'tsx']`. */
  readonly nodeArgs: readonly string[];
  /** The script, relative to the repository root (`apps/<app>/src/main.ts`, `dist/...`). */
  readonly entry: string;
  readonly repoRoot: string;
  readonly env: NodeJS.ProcessEnv;
  /** The app listens on 127.0.0.1 at this port. */
  readonly httpPort: number;
  /** stdout and stderr of the child are appended here. */
  readonly logFile: string;
}

/**
 * An app as a child process, the way an operator runs it: configured by its environment, listening
 * on 127.0.0.1, its output in a log file, and in its own process group (so a kill takes tsx's helper
 * process with it).
 */
export function spawnAppChild(options: AppChildOptions): ChildProcess {
  const log = openSync(options.logFile, 'a');
  try {
    return spawn(process.execPath, [...options.nodeArgs, options.entry], {
      cwd: options.repoRoot,
      env: { ...options.env, HTTP_PORT: String(options.httpPort), HTTP_HOST: '127.0.0.1' },
      stdio: ['ignore', log, log],
      detached: true,
    });
  } finally {
    closeSync(log);
  }
}
