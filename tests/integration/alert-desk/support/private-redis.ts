import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';

/**
 * A redis-server of this test's own, on a random port, with `appendonly yes` and `appendfsync always`
 * (the desk's production setting): it may be killed and restarted, never the shared one.
 */
export class PrivateRedis {
  readonly port = 20_000 + Math.floor(Math.random() * 9_999);
  readonly dir = mkdtempSync(join(tmpdir(), 'desk-redis-'));
  private process?: ChildProcess;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--save',
        '',
      ],
      { stdio: 'ignore' },
    );
    for (let attempt = 0; attempt < 100; attempt++) {
      const probe = new Redis(this.url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      probe.on('error', () => undefined); // refused until the server listens
      try {
        await probe.connect();
        const loading = await probe.info('persistence');
        if (loading.includes('loading:0')) {
          probe.disconnect();
          return;
        }
      } catch {
        // not up yet
      }
      probe.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`private redis-server on port ${this.port} did not start`);
  }

  /** A crash, not a shutdown: nothing gets a chance to be written after the last acknowledged command. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
