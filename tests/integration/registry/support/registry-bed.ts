import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { runRegistryCli } from '../../../../apps/registry/src/cli/registry.cli';
import { brokers, redisUrl, runId } from '../../support/kafka-kit';

export const REPO_ROOT = join(__dirname, '../../../..');
export const SAMPLE_NATIONAL = join(REPO_ROOT, 'deploy/samples/national-watchlist.jsonl');

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * The registry against the machine's Redis under a key prefix of this test's own: runs CLI commands
 * in-process with that environment, writes list files to a temporary folder, deletes its keys at the end.
 */
export class RegistryBed {
  readonly id = runId();
  readonly prefix: string;
  readonly redis = new Redis(redisUrl);
  readonly dir = mkdtempSync(join(tmpdir(), 'registry-it-'));

  constructor(
    name: string,
    private readonly extraEnv: NodeJS.ProcessEnv = {},
  ) {
    this.prefix = `it-reg-${name}-${this.id}:`;
  }

  env(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return {
      ...process.env,
      KAFKA_BROKERS: brokers.join(','),
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: this.prefix,
      LOG_LEVEL: 'warn',
      ...this.extraEnv,
      ...overrides,
    };
  }

  async cli(...argv: string[]): Promise<CliRun> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runRegistryCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, this.env());
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  /** Runs a command that must succeed, returning its (JSON) output parsed. */
  async json<T>(...argv: string[]): Promise<T> {
    const run = await this.cli('--json', ...argv);
    if (run.code !== 0) throw new Error(`registry ${argv.join(' ')} exited with ${run.code}: ${run.err}`);
    return JSON.parse(run.out) as T;
  }

  /** The sample national list plus extra entries, written as a file of this test. */
  nationalListWith(
    name: string,
    extra: readonly Record<string, unknown>[],
    drop: readonly string[] = [],
  ): string {
    const lines = readFileSync(SAMPLE_NATIONAL, 'utf8')
      .trimEnd()
      .split('\n')
      .filter((line) => !drop.some((id) => line.includes(`"entryId":"${id}"`)));
    const path = join(this.dir, `${name}.jsonl`);
    writeFileSync(path, `${[...lines, ...extra.map((e) => JSON.stringify(e))].join('\n')}\n`);
    return path;
  }

  async close(): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', 1000);
      if (keys.length) await this.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await this.redis.quit();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A national-list PARTY entry as the JSON Lines format takes it. */
export function partyEntry(entryId: string, name: string, country = 'NG'): Record<string, unknown> {
  return {
    list: 'national',
    entryId,
    kind: 'PARTY',
    name,
    aliases: [],
    country,
    reason: 'integration test entry',
    points: 45,
    listedOn: '2026-11-01',
    expiresOn: null,
  };
}
