import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnAppChild } from '../../../support/processes/spawn-app';
import { logTail } from './log-tail';
import { waitUntil, within } from './wait-until';

export interface ScreenerSpawnOptions {
  /** Shown in failure messages, e.g. `screener-1`. */
  readonly name: string;
  readonly repoRoot: string;
  readonly env: NodeJS.ProcessEnv;
  readonly httpPort: number;
  /** stdout and stderr of the child go here. */
  readonly logFile: string;
}

export interface ExitInfo {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface Readiness {
  /** HTTP status of GET /health/ready; 0 when nothing answered. */
  readonly status: number;
  readonly body: string;
}

/**
 * One screener (`apps/screener/src/main.ts`) as a child process, the way an operator runs it: env
 * configuration, HTTP health, signals. Run as `node --import tsx` so the pid is the screener itself,
 * and in its own process group so `kill -9` also takes esbuild's helper process with it.
 */
export class ScreenerProcess {
  private exit?: ExitInfo;
  private readonly exited: Promise<ExitInfo>;

  private constructor(
    private readonly child: ChildProcess,
    readonly options: ScreenerSpawnOptions,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
  }

  static spawn(options: ScreenerSpawnOptions): ScreenerProcess {
    const child = spawnAppChild({
      ...options,
      nodeArgs: ['--import', 'tsx'],
      entry: 'apps/screener/src/main.ts',
    });
    return new ScreenerProcess(child, options);
  }

  get name(): string {
    return this.options.name;
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`${this.name} has no pid: spawning node failed`);
    return this.child.pid;
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  get exitInfo(): ExitInfo | undefined {
    return this.exit;
  }

  async readiness(timeoutMs = 5_000): Promise<Readiness> {
    try {
      const response = await fetch(`http://127.0.0.1:${this.options.httpPort}/health/ready`, {
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      return { status: 0, body: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Resolves once /health/ready answers 200; fails early, with the log tail, if the process exits. */
  async waitReady(timeoutMs = 60_000): Promise<number> {
    let last: Readiness = { status: 0, body: 'not asked yet' };
    return waitUntil(
      `${this.name} to answer 200 on /health/ready`,
      async () => {
        if (!this.running)
          throw new Error(
            `${this.name} exited (${describeExit(this.exit)}) before it was ready\n${this.tail(30)}`,
          );
        last = await this.readiness();
        return last.status === 200;
      },
      {
        timeoutMs,
        intervalMs: 200,
        progress: () => `last answer ${last.status}: ${last.body.slice(0, 300)}`,
      },
    );
  }

  /** SIGTERM (graceful: the batch in flight commits, the member leaves the group); waits for the exit. */
  async terminate(timeoutMs = 45_000): Promise<ExitInfo> {
    if (!this.running) return this.exit!;
    process.kill(this.pid, 'SIGTERM');
    const outcome = await within(this.exited, timeoutMs);
    if (outcome) {
      this.killGroup();
      return outcome;
    }
    this.killGroup();
    await this.exited;
    throw new Error(
      `${this.name} did not exit within ${timeoutMs} ms of SIGTERM; killed it\n${this.tail(30)}`,
    );
  }

  /** SIGKILL to the whole process group: no shutdown hook, no last commit. */
  async killHard(): Promise<ExitInfo> {
    this.killGroup();
    return this.exited;
  }

  /** Cleanup that never throws: whatever state the child is in, it and its helpers end. */
  async ensureStopped(): Promise<void> {
    // Even after the screener exited, its group may still hold esbuild's helper process.
    this.killGroup();
    await within(this.exited, 5_000);
  }

  /** The partitions of the latest group assignment this screener logged, or undefined before its first. */
  assignedPartitions(): number[] | undefined {
    let partitions: number[] | undefined;
    for (const line of readFileSync(this.options.logFile, 'utf8').split('\n')) {
      if (!line.includes('"partitions assigned"')) continue;
      try {
        partitions = (JSON.parse(line) as { partitions: number[] }).partitions;
      } catch {
        // A line cut by a crash mid-write.
      }
    }
    return partitions;
  }

  tail(lines = 40): string {
    return `----- last ${lines} log lines of ${this.name} (pid ${this.child.pid}, ${this.options.logFile}) -----\n${logTail(this.options.logFile, lines)}`;
  }

  private killGroup(): void {
    if (this.child.pid === undefined) return;
    // Once the screener is reaped its pid may be reused: signal the group only while members of it remain.
    if (!this.running && processGroupMembers(this.child.pid).length === 0) return;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // The group is already gone.
    }
  }
}

function describeExit(exit: ExitInfo | undefined): string {
  if (!exit) return 'still running';
  return exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
}

/** Pids whose process group is `pgid` (Linux /proc). */
export function processGroupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state, ppid, pgrp, ...
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) members.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return members;
}
