import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort } from './free-port';
import { logTail } from './log-tail';
import { REPO_ROOT } from './screener-test-bed';
import { waitUntil, within } from './wait-until';

const STACK_DIR = join(REPO_ROOT, 'deploy/local');

/** How a private broker differs from the plaintext stack.sh one (e.g. TLS and SASL listeners). */
export interface KafkaServerOptions {
  /** Rewrites the rendered server.properties; gets the ports chosen for this broker. */
  readonly configure?: (properties: string, ports: { port: number; controllerPort: number }) => string;
  /** Extra arguments for `StorageTool format`, e.g. `--add-scram` credentials. */
  readonly formatArguments?: readonly string[];
}

/** The main checkout's jar cache when this checkout is a `git worktree` of it (saves a second copy). */
function mainWorktreeLib(relativeLib: string): string | undefined {
  const common = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (common.status !== 0) return undefined;
  const lib = join(dirname(common.stdout.trim()), relativeLib);
  return existsSync(join(lib, '.complete')) ? lib : undefined;
}

/**
 * The broker jars stack.sh caches, fetched with `stack.sh jars` when this checkout has none yet (a
 * broker already running on 9092 may have been reused, leaving the cache empty); undefined, with the
 * reason, when they cannot be had.
 */
export function cachedKafkaLib(): { lib?: string; reason: string } {
  const pom = readFileSync(join(STACK_DIR, 'kafka/pom.xml'), 'utf8');
  const version = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom)?.[1];
  if (!version) return { reason: 'deploy/local/kafka/pom.xml names no <kafka.version>' };
  const relativeLib = `deploy/local/.cache/kafka-${version}/lib`;
  let lib = join(REPO_ROOT, relativeLib);
  if (!existsSync(join(lib, '.complete'))) lib = mainWorktreeLib(relativeLib) ?? lib;
  if (!existsSync(join(lib, '.complete'))) {
    spawnSync('bash', [join(STACK_DIR, 'stack.sh'), 'jars'], { stdio: 'ignore', timeout: 300_000 });
  }
  if (!existsSync(join(lib, '.complete')))
    return { reason: `no cached Kafka ${version} jars in ${lib}, and stack.sh jars could not fetch them` };
  if (spawnSync('java', ['-version']).status !== 0) return { reason: 'java is not installed' };
  return { lib, reason: `Kafka ${version} jars cached by stack.sh` };
}

/**
 * A private single-node KRaft broker (same jars and settings as deploy/local/stack.sh, own ports and
 * data folder), so a test can stop and restart a broker without pulling the shared one from under
 * other engineers and test runs.
 */
export class KafkaServerProcess {
  private child?: ChildProcess;
  private exited?: Promise<void>;

  private constructor(
    private readonly lib: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  /** Formats storage in `dir` and starts the broker; resolves once it logged "Kafka Server started". */
  static async start(
    lib: string,
    dir: string,
    options: KafkaServerOptions = {},
  ): Promise<KafkaServerProcess> {
    const port = await freePort();
    let controllerPort = await freePort();
    while (controllerPort === port) controllerPort = await freePort();
    mkdirSync(join(dir, 'logs'), { recursive: true });
    const properties = readFileSync(join(STACK_DIR, 'kafka/server.properties'), 'utf8')
      .replaceAll('@LOG_DIRS@', join(dir, 'data'))
      .replaceAll('127.0.0.1:9092', `127.0.0.1:${port}`)
      .replaceAll('127.0.0.1:9093', `127.0.0.1:${controllerPort}`);
    const configure = options.configure ?? ((text: string) => text);
    writeFileSync(join(dir, 'server.properties'), configure(properties, { port, controllerPort }));
    const server = new KafkaServerProcess(lib, dir, port);
    const uuid = server.java(['kafka.tools.StorageTool', 'random-uuid']).trim();
    server.java([
      'kafka.tools.StorageTool',
      'format',
      '--standalone',
      '-t',
      uuid,
      '-c',
      join(dir, 'server.properties'),
      ...(options.formatArguments ?? []),
    ]);
    await server.startAgain();
    return server;
  }

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the broker on its existing data (after `stop`), waiting for its "started" log line. */
  async startAgain(timeoutMs = 90_000): Promise<number> {
    if (this.running) throw new Error(`the broker on port ${this.port} is already running`);
    const startedBefore = this.startedCount();
    const out = openSync(join(this.dir, 'logs/kafka.out'), 'a');
    try {
      this.child = spawn(
        'java',
        [
          '-Xms384m',
          '-Xmx384m',
          '-XX:+UseG1GC',
          '-Djava.awt.headless=true',
          ...this.logOptions(),
          '-cp',
          `${this.lib}/*`,
          'kafka.Kafka',
          join(this.dir, 'server.properties'),
        ],
        { stdio: ['ignore', out, out] },
      );
    } finally {
      closeSync(out);
    }
    const child = this.child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    return waitUntil(
      `the private broker on port ${this.port} to log "Kafka Server started"`,
      () => {
        if (!this.running) throw new Error(`the private broker exited while starting\n${this.tail(30)}`);
        return this.startedCount() > startedBefore;
      },
      { timeoutMs, intervalMs: 250 },
    );
  }

  /** SIGTERM (controlled shutdown), SIGKILL after `graceMs`; resolves once the process is gone. */
  async stop(graceMs = 60_000): Promise<number> {
    const started = Date.now();
    if (!this.child || !this.running) return 0;
    this.child.kill('SIGTERM');
    if (
      (await within(
        this.exited!.then(() => true),
        graceMs,
      )) === undefined
    ) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    return Date.now() - started;
  }

  tail(lines = 30): string {
    return `----- last ${lines} lines of the private broker :${this.port} (${this.dir}/logs/server.log) -----\n${logTail(join(this.dir, 'logs/server.log'), lines)}\n${logTail(join(this.dir, 'logs/kafka.out'), 10)}`;
  }

  private startedCount(): number {
    try {
      return readFileSync(join(this.dir, 'logs/server.log'), 'utf8').split('Kafka Server started').length - 1;
    } catch {
      return 0;
    }
  }

  private logOptions(): string[] {
    return [
      `-Dlog4j2.configurationFile=${join(STACK_DIR, 'kafka/log4j2.xml')}`,
      `-Dkafka.logs.dir=${join(this.dir, 'logs')}`,
    ];
  }

  private java(args: string[]): string {
    const run = spawnSync('java', [...this.logOptions(), '-cp', `${this.lib}/*`, ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (run.status !== 0)
      throw new Error(
        `java ${args.slice(0, 2).join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`,
      );
    return run.stdout;
  }
}
