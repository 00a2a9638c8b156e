import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../screener/support/free-port';
import { waitUntil } from '../../screener/support/wait-until';
import { RedisNode, redisCli } from './redis-node';

export const MASTER_NAME = 'mymaster';
/** The ACL user the data nodes accept (the default user is off), and the sentinels' own password. */
export const DATA_USER = { name: 'app', password: 'app-pw-1' };
export const SENTINEL_PASSWORD = 'sentinel-pw-1';

const DATA_AUTH = ['--user', DATA_USER.name, '--pass', DATA_USER.password, '--no-auth-warning'];
const SENTINEL_AUTH = ['-a', SENTINEL_PASSWORD, '--no-auth-warning'];

/** `FIELD\nvalue\n...` as redis-cli prints a flat reply, as a record. */
function fields(reply: string): Record<string, string> {
  const lines = reply.split('\n');
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < lines.length; i += 2) out[lines[i] as string] = lines[i + 1] as string;
  return out;
}

/**
 * A Sentinel deployment on loopback as an operator runs one: a master and two replicas that accept
 * only the ACL user `app`, and three password-protected sentinels (quorum 2) that fail over one
 * second after the master stops answering. Everything lives in one temp dir, removed by `stop`.
 */
export class LocalSentinel {
  private constructor(
    readonly data: RedisNode[],
    readonly sentinels: RedisNode[],
    private readonly root: string,
  ) {}

  static async start(): Promise<LocalSentinel> {
    const root = mkdtempSync(join(tmpdir(), 'salw-redis-sentinel-'));
    const data: RedisNode[] = [];
    const sentinels: RedisNode[] = [];
    const dataConfig = [
      'user default off',
      `user ${DATA_USER.name} on >${DATA_USER.password} ~* &* +@all`,
      `masteruser ${DATA_USER.name}`,
      `masterauth ${DATA_USER.password}`,
      'save ""',
      'appendonly no',
      'repl-diskless-sync-delay 0',
    ];
    try {
      const master = await RedisNode.start({
        dir: mkdtempSync(join(root, 'master-')),
        port: await freePort(),
        config: dataConfig,
        auth: DATA_AUTH,
      });
      data.push(master);
      for (let i = 0; i < 2; i++)
        data.push(
          await RedisNode.start({
            dir: mkdtempSync(join(root, `replica-${i}-`)),
            port: await freePort(),
            config: [...dataConfig, `replicaof 127.0.0.1 ${master.port}`],
            auth: DATA_AUTH,
          }),
        );
      for (let i = 0; i < 3; i++)
        sentinels.push(
          await RedisNode.start({
            dir: mkdtempSync(join(root, `sentinel-${i}-`)),
            port: await freePort(),
            sentinel: true,
            auth: SENTINEL_AUTH,
            config: [
              `requirepass ${SENTINEL_PASSWORD}`,
              `sentinel sentinel-pass ${SENTINEL_PASSWORD}`,
              `sentinel monitor ${MASTER_NAME} 127.0.0.1 ${master.port} 2`,
              `sentinel auth-user ${MASTER_NAME} ${DATA_USER.name}`,
              `sentinel auth-pass ${MASTER_NAME} ${DATA_USER.password}`,
              `sentinel down-after-milliseconds ${MASTER_NAME} 1000`,
              `sentinel failover-timeout ${MASTER_NAME} 10000`,
              `sentinel parallel-syncs ${MASTER_NAME} 2`,
            ],
          }),
        );
      const deployment = new LocalSentinel(data, sentinels, root);
      await waitUntil(
        'every sentinel to know the 2 replicas and the 2 other sentinels, and both replicas in sync',
        async () => {
          for (const sentinel of sentinels) {
            const master = fields(
              await deployment.sentinelCli(sentinel, ['SENTINEL', 'MASTER', MASTER_NAME]),
            );
            if (master['num-slaves'] !== '2' || master['num-other-sentinels'] !== '2') return false;
          }
          // Both replicas done with their initial sync, not merely connected (until then they hold nothing).
          const info = await deployment.dataCli(master, ['INFO', 'replication']);
          return (info.match(/^slave\d+:.*state=online/gm) ?? []).length === 2;
        },
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      return deployment;
    } catch (error) {
      await Promise.all([...sentinels, ...data].map((node) => node.stop()));
      rmSync(root, { recursive: true, force: true });
      throw error;
    }
  }

  /** The REDIS_URL an operator would write: the data user's credentials, every sentinel, the master name. */
  get url(): string {
    const hosts = this.sentinels.map((node) => `127.0.0.1:${node.port}`).join(',');
    return `redis-sentinel://${DATA_USER.name}:${DATA_USER.password}@${hosts}/${MASTER_NAME}`;
  }

  /** The port of the master the sentinels name now. */
  async masterPort(): Promise<number> {
    const reply = await this.sentinelCli(this.sentinels[0] as RedisNode, [
      'SENTINEL',
      'GET-MASTER-ADDR-BY-NAME',
      MASTER_NAME,
    ]);
    return Number(reply.split('\n')[1]);
  }

  dataCli(node: RedisNode, args: readonly string[]): Promise<string> {
    return redisCli(node.port, args, DATA_AUTH);
  }

  sentinelCli(node: RedisNode, args: readonly string[]): Promise<string> {
    return redisCli(node.port, args, SENTINEL_AUTH);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.sentinels, ...this.data].map((node) => node.stop()));
    rmSync(this.root, { recursive: true, force: true });
  }
}
