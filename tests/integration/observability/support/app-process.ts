import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { spawnAppChild } from '../../../support/processes/spawn-app';

export interface AppSpawnOptions {
  /** apps/<app>/src/main.ts, relative to the repository root. */
  readonly entry: string;
  readonly name: string;
  readonly repoRoot: string;
  readonly env: NodeJS.ProcessEnv;
  readonly httpPort: number;
  readonly logFile: string;
}

/**
 * One app of the project as an operator runs it: its main.ts under node (tsx loader), configured by
 * environment, in its own process group so a hard stop takes esbuild's helper with it.
 */
export class AppProcess {
  private exited = false;

  private constructor(
    private readonly child: ChildProcess,
    readonly options: AppSpawnOptions,
  ) {
    child.once('exit', () => (this.exited = true));
  }

  static spawn(options: AppSpawnOptions): AppProcess {
    return new AppProcess(spawnAppChild({ ...options, nodeArgs: ['--import', 'tsx'] }), options);
  }

  get url(): string {
    return `http://127.0.0.1:${this.options.httpPort}`;
  }

  tail(lines = 30): string {
    const text = readFileSync(this.options.logFile, 'utf8').trimEnd().split('\n');
    return `--- last ${lines} lines of ${this.options.name} ---\n${text.slice(-lines).join('\n')}`;
  }

  async waitReady(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`${this.options.name} exited before it was ready\n${this.tail()}`);
      try {
        const response = await fetch(`${this.url}/health/ready`, { signal: AbortSignal.timeout(3_000) });
        if (response.status === 200) return;
        last = `${response.status} ${(await response.text()).slice(0, 300)}`;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new Error(`${this.options.name} not ready after ${timeoutMs} ms (last: ${last})\n${this.tail()}`);
  }

  /** SIGTERM, then SIGKILL to the whole group after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (this.exited || this.child.pid === undefined) return;
    const pid = this.child.pid;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, graceMs);
    await gone;
    clearTimeout(timer);
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // the group left with its leader
    }
  }
}
