import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnAppChild } from '../../support/processes/spawn-app';
import { pollUntil, sleep } from './wall-clock';

export interface ScreenerChildOptions {
  readonly repoRoot: string;
  readonly env: NodeJS.ProcessEnv;
  readonly httpPort: number;
  readonly logFile: string;
  /** Bearer token for /metrics; its SHA-256 goes to the child as METRICS_TOKEN_SHA256 (the screener has no open metrics mode). */
  readonly metricsToken: string;
  /** Extra `--import` preloads (e.g. the CPU profile switch), paths relative to the repo root. */
  readonly preloads?: readonly string[];
}

/** The screener as `npm run start:screener` runs it: the build of `npm run build`. */
const SCREENER_MAIN = 'dist/apps/screener/src/main.js';

/**
 * One screener as a child process in its own process group, run from the build as deployments run it
 * (through tsx the same screener spent more CPU per declaration; tsx is loaded only for TypeScript
 * preloads, and then stopping the group also stops esbuild's helper). Every wait is bounded;
 * `killNow` is synchronous for exit handlers.
 */
export class ScreenerChild {
  private exitCode?: number | null;
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly options: ScreenerChildOptions,
  ) {
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        this.exitCode = code;
        resolve();
      }),
    );
  }

  static spawn(options: ScreenerChildOptions): ScreenerChild {
    if (!existsSync(join(options.repoRoot, SCREENER_MAIN)))
      throw new Error(`${SCREENER_MAIN} is missing: run npm run build first`);
    const preloads = (options.preloads ?? []).flatMap((path) => ['--import', `./${path}`]);
    // The young-generation size the screener is deployed with (package.json start:screener, the
    // Dockerfile, compose and Kubernetes): the benchmark measures the screener as it runs.
    const nodeArgs = [
      '--max-semi-space-size=64',
      ...(preloads.length > 0 ? ['--import', 'tsx'] : []),
      ...preloads,
    ];
    const metricsTokenSha256 = createHash('sha256').update(options.metricsToken, 'utf8').digest('hex');
    const child = spawnAppChild({
      ...options,
      nodeArgs,
      entry: SCREENER_MAIN,
      env: { ...options.env, METRICS_TOKEN_SHA256: metricsTokenSha256 },
    });
    return new ScreenerChild(child, options);
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('spawning the screener gave no pid');
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  async waitReady(timeoutMs: number): Promise<void> {
    let last = 'no answer yet';
    const ready = await pollUntil(
      async () => {
        if (!this.running)
          throw new Error(
            `the screener exited (code ${this.exitCode}) before it was ready:\n${this.logTail(30)}`,
          );
        try {
          const response = await fetch(`http://127.0.0.1:${this.options.httpPort}/health/ready`, {
            signal: AbortSignal.timeout(2_000),
          });
          last = `${response.status} ${(await response.text()).slice(0, 300)}`;
          return response.ok;
        } catch (error) {
          last = error instanceof Error ? error.message : String(error);
          return false;
        }
      },
      timeoutMs,
      250,
    );
    if (!ready)
      throw new Error(
        `the screener was not ready within ${timeoutMs} ms (last answer: ${last})\n${this.logTail(30)}`,
      );
  }

  async metricsText(): Promise<string> {
    const response = await fetch(`http://127.0.0.1:${this.options.httpPort}/metrics`, {
      headers: { authorization: `Bearer ${this.options.metricsToken}` },
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`GET /metrics of the screener answered ${response.status}`);
    return response.text();
  }

  signal(signal: NodeJS.Signals): void {
    if (this.running) process.kill(this.pid, signal);
  }

  /** SIGTERM (the screener finishes its batch and leaves the group), SIGKILL to the group after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.running) return;
    this.signal('SIGTERM');
    await Promise.race([this.exited, sleep(graceMs)]);
    this.killNow();
    await Promise.race([this.exited, sleep(2_000)]);
  }

  killNow(): void {
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch {
      // the group is already gone
    }
  }

  logTail(lines: number): string {
    try {
      return readFileSync(this.options.logFile, 'utf8').split('\n').filter(Boolean).slice(-lines).join('\n');
    } catch {
      return '';
    }
  }
}
