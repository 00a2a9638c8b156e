import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export interface ChildServiceOptions {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly logFile: string;
  /** URL that answers 200 once the service is ready. */
  readonly readyUrl: string;
}

/** A service the demo runs as a child process, its JSON logs in a file, stopped with SIGTERM. */
export class ChildService {
  private child?: ChildProcess;
  private exited?: Promise<number | null>;

  constructor(readonly options: ChildServiceOptions) {}

  start(): void {
    const log = createWriteStream(this.options.logFile, { flags: 'a' });
    const child = spawn(this.options.command, [...this.options.args], {
      cwd: this.options.cwd,
      env: this.options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    this.child = child;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running)
        throw new Error(`${this.options.name} exited during start-up; see ${this.options.logFile}`);
      try {
        const response = await fetch(this.options.readyUrl, { signal: AbortSignal.timeout(2_000) });
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new Error(
      `${this.options.name} was not ready at ${this.options.readyUrl} within ${timeoutMs / 1000} s; see ${this.options.logFile}`,
    );
  }

  async stop(graceMs = 15_000): Promise<void> {
    if (!this.child || !this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
