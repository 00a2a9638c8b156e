import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import Redis from 'ioredis';
import { logTail } from './log-tail';
import { waitUntil, within } from './wait-until';

/**
 * A private redis-server child on its own port (never the machine's Redis on 6379), without
 * persistence, so a test can freeze it (SIGSTOP) and thaw it (SIGCONT) like a stalled Redis host.
 */
export class RedisServerProcess {
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    private readonly logFile: string,
  ) {
    this.exit = new Promise((resolve) =>
      child.once('exit', () => {
        this.exited = true;
        resolve();
      }),
    );
  }

  static async start(port: number, logFile: string): Promise<RedisServerProcess> {
    const log = openSync(logFile, 'a');
    let child: ChildProcess;
    try {
      child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'no',
          '--daemonize',
          'no',
        ],
        { stdio: ['ignore', log, log] },
      );
    } finally {
      closeSync(log);
    }
    const server = new RedisServerProcess(child, port, logFile);
    child.once('error', () => undefined); // reported by the readiness wait below, with the log tail
    const probe = new Redis(server.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    try {
      await waitUntil(
        `redis-server on port ${port} to answer PING`,
        async () => {
          if (server.exited)
            throw new Error(`redis-server on port ${port} exited at start:\n${server.tail(20)}`);
          try {
            if (probe.status !== 'ready') await probe.connect();
            return (await probe.ping()) === 'PONG';
          } catch {
            probe.disconnect();
            return false;
          }
        },
        { timeoutMs: 10_000, intervalMs: 100 },
      );
    } finally {
      probe.disconnect();
    }
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('redis-server could not be spawned (is it installed?)');
    return this.child.pid;
  }

  /** Freezes the server: connections stay open, nothing answers. */
  freeze(): void {
    process.kill(this.pid, 'SIGSTOP');
  }

  thaw(): void {
    process.kill(this.pid, 'SIGCONT');
  }

  /** Thaws (a frozen process ignores SIGTERM until continued) and stops it; SIGKILL if it lingers. */
  async stop(): Promise<void> {
    if (this.exited || this.child.pid === undefined) return;
    this.thaw();
    this.child.kill('SIGTERM');
    if (
      (await within(
        this.exit.then(() => true),
        10_000,
      )) === undefined
    ) {
      this.child.kill('SIGKILL');
      await this.exit;
    }
  }

  tail(lines = 20): string {
    return `----- last ${lines} lines of redis-server :${this.port} (${this.logFile}) -----\n${logTail(this.logFile, lines)}`;
  }
}
