import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { logTail } from '../../screener/support/log-tail';
import { waitUntil } from '../../screener/support/wait-until';

const run = promisify(execFile);

/** True when Debian's redis-server and redis-cli are on the PATH; otherwise says why the tests skip. */
export function redisBinariesPresent(): boolean {
  const missing = ['redis-server', 'redis-cli'].filter(
    (binary) => spawnSync(binary, ['--version'], { stdio: 'ignore' }).status !== 0,
  );
  if (missing.length > 0)
    console.warn(
      `SKIPPED: ${missing.join(' and ')} not installed (Debian: apt-get install redis-server redis-tools)`,
    );
  return missing.length === 0;
}

/** `redis-cli` against one local port; stdout, or the error with its stderr. */
export async function redisCli(
  port: number,
  args: readonly string[],
  auth?: readonly string[],
): Promise<string> {
  const { stdout } = await run(
    'redis-cli',
    ['-h', '127.0.0.1', '-p', String(port), ...(auth ?? []), ...args],
    {
      timeout: 30_000,
    },
  );
  return stdout.trim();
}

/**
 * One redis-server (or sentinel) child in a temp dir of its own, on a loopback port, configured by a
 * file written there; stopped (SIGTERM, then SIGKILL) by `stop`, or killed at once by `kill`.
 */
export class RedisNode {
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly dir: string,
  ) {
    this.exit = new Promise((resolve) =>
      child.once('exit', () => {
        this.exited = true;
        resolve();
      }),
    );
  }

  /** Starts `redis-server <dir>/redis.conf [--sentinel]` and waits until `ready` says so. */
  static async start(options: {
    readonly dir: string;
    readonly port: number;
    readonly config: readonly string[];
    readonly sentinel?: boolean;
    readonly auth?: readonly string[];
  }): Promise<RedisNode> {
    const file = join(options.dir, options.sentinel ? 'sentinel.conf' : 'redis.conf');
    writeFileSync(
      file,
      [
        `port ${options.port}`,
        'bind 127.0.0.1',
        `dir ${options.dir}`,
        'daemonize no',
        ...options.config,
      ].join('\n') + '\n',
    );
    const log = openSync(join(options.dir, 'server.log'), 'a');
    let child: ChildProcess;
    try {
      child = spawn('redis-server', [file, ...(options.sentinel ? ['--sentinel'] : [])], {
        stdio: ['ignore', log, log],
        cwd: options.dir,
      });
    } finally {
      closeSync(log);
    }
    child.once('error', () => undefined); // the readiness wait below reports it with the log tail
    const node = new RedisNode(child, options.port, options.dir);
    await waitUntil(
      `redis on port ${options.port} to answer PING`,
      async () => {
        if (node.exited) throw new Error(`redis on port ${options.port} exited at start:\n${node.tail()}`);
        return (await redisCli(options.port, ['PING'], options.auth).catch(() => '')) === 'PONG';
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    return node;
  }

  /** False once the process has exited (killed, stopped or crashed). */
  get running(): boolean {
    return !this.exited;
  }

  /** SIGSTOP: the host hangs (connections stay open, nothing answers) until `thaw`. */
  freeze(): void {
    if (this.child.pid !== undefined) process.kill(this.child.pid, 'SIGSTOP');
  }

  thaw(): void {
    if (this.child.pid !== undefined && !this.exited) process.kill(this.child.pid, 'SIGCONT');
  }

  /** SIGKILL: the host died, nothing is flushed or handed over. */
  async kill(): Promise<void> {
    if (this.exited) return;
    this.child.kill('SIGKILL');
    await this.exit;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    this.thaw(); // a frozen process ignores SIGTERM until continued
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exit;
    clearTimeout(timer);
  }

  tail(lines = 30): string {
    return `----- last ${lines} lines of redis :${this.port} -----\n${logTail(join(this.dir, 'server.log'), lines)}`;
  }
}
