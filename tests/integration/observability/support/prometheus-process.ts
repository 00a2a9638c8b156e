import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';

export const PROMETHEUS = '/usr/bin/prometheus';

export interface ScrapeTarget {
  readonly job: string;
  readonly port: number;
  /** The raw bearer token; written to a file Prometheus reads, as in deploy/prometheus/prometheus.yml. */
  readonly token: string;
}

/** Prometheus's HTTP API answer: `{ status, data }` or `{ status: 'error', error }`. */
export interface ApiAnswer<T> {
  readonly status: 'success' | 'error';
  readonly data: T;
  readonly errorType?: string;
  readonly error?: string;
}

export interface VectorSample {
  readonly metric: Record<string, string>;
  readonly value: [number, string];
}

/**
 * Debian's Prometheus on a loopback port, scraping the given apps every second with the project's
 * alert rules loaded (evaluated every second), its TSDB in `dir`. Not a mock: the same binary an
 * operator runs, fed the same kind of config.
 */
export class PrometheusProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    private readonly logFile: string,
  ) {}

  static start(options: {
    dir: string;
    port: number;
    targets: readonly ScrapeTarget[];
    ruleFiles: readonly string[];
  }): PrometheusProcess {
    if (!existsSync(PROMETHEUS))
      throw new Error(
        `${PROMETHEUS} is missing: run deploy/scripts/ensure-prometheus.sh (Debian's prometheus package; tests/run-all.sh does)`,
      );
    mkdirSync(join(options.dir, 'data'), { recursive: true });
    const scrapeConfigs = options.targets.map((target) => {
      const tokenFile = join(options.dir, `${target.job}.token`);
      writeFileSync(tokenFile, target.token, { mode: 0o600 });
      return {
        job_name: target.job,
        metrics_path: '/metrics',
        authorization: { type: 'Bearer', credentials_file: tokenFile },
        static_configs: [{ targets: [`127.0.0.1:${target.port}`] }],
      };
    });
    const configFile = join(options.dir, 'prometheus.yml');
    writeFileSync(
      configFile,
      dump({
        global: { scrape_interval: '1s', scrape_timeout: '900ms', evaluation_interval: '1s' },
        rule_files: options.ruleFiles,
        scrape_configs: scrapeConfigs,
      }),
    );
    const logFile = join(options.dir, 'prometheus.log');
    const log = openSync(logFile, 'a');
    try {
      const child = spawn(
        PROMETHEUS,
        [
          `--config.file=${configFile}`,
          `--storage.tsdb.path=${join(options.dir, 'data')}`,
          `--web.listen-address=127.0.0.1:${options.port}`,
          '--storage.tsdb.retention.time=1h',
        ],
        { stdio: ['ignore', log, log] },
      );
      return new PrometheusProcess(child, options.port, logFile);
    } finally {
      closeSync(log);
    }
  }

  tail(lines = 20): string {
    const text = readFileSync(this.logFile, 'utf8').trimEnd().split('\n');
    return `--- last ${lines} lines of prometheus ---\n${text.slice(-lines).join('\n')}`;
  }

  async api<T>(path: string, params: Record<string, string> = {}): Promise<ApiAnswer<T>> {
    const url = new URL(`http://127.0.0.1:${this.port}/api/v1/${path}`);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    return (await response.json()) as ApiAnswer<T>;
  }

  /** An instant query; a parse error comes back as `status: 'error'` with Prometheus's message. */
  query(expr: string): Promise<ApiAnswer<{ resultType: string; result: VectorSample[] }>> {
    return this.api('query', { query: expr });
  }

  async waitReady(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`prometheus exited\n${this.tail()}`);
      const ok = await fetch(`http://127.0.0.1:${this.port}/-/ready`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`prometheus not ready after ${timeoutMs} ms\n${this.tail()}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
  }
}
