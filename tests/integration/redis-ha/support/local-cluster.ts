import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../screener/support/free-port';
import { waitUntil } from '../../screener/support/wait-until';
import { RedisNode, redisCli } from './redis-node';

/**
 * A Redis Cluster of `masters` masters and no replicas on loopback, made as an operator makes one:
 * `redis-server --cluster-enabled yes` per node, then `redis-cli --cluster create`. Everything lives
 * in one temp dir, removed by `stop`.
 */
export class LocalCluster {
  private constructor(
    readonly nodes: readonly RedisNode[],
    private readonly root: string,
  ) {}

  static async start(masters = 3): Promise<LocalCluster> {
    const root = mkdtempSync(join(tmpdir(), 'salw-redis-cluster-'));
    const nodes: RedisNode[] = [];
    try {
      for (let i = 0; i < masters; i++) {
        const dir = mkdtempSync(join(root, `node-${i}-`));
        nodes.push(
          await RedisNode.start({
            dir,
            port: await freePort(),
            config: [
              'cluster-enabled yes',
              `cluster-port ${await freePort()}`,
              'cluster-config-file nodes.conf',
              'cluster-node-timeout 5000',
              'save ""',
              'appendonly no',
            ],
          }),
        );
      }
      const addresses = nodes.map((node) => `127.0.0.1:${node.port}`);
      await redisCli(nodes[0]!.port, [
        '--cluster',
        'create',
        ...addresses,
        '--cluster-replicas',
        '0',
        '--cluster-yes',
      ]);
      await waitUntil(
        'every node to report cluster_state:ok',
        async () => {
          for (const node of nodes)
            if (!(await redisCli(node.port, ['CLUSTER', 'INFO'])).includes('cluster_state:ok')) return false;
          return true;
        },
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      return new LocalCluster(nodes, root);
    } catch (error) {
      await Promise.all(nodes.map((node) => node.stop()));
      rmSync(root, { recursive: true, force: true });
      throw error;
    }
  }

  /** The REDIS_URL an operator would write for it (two seed nodes are enough; the client learns the rest). */
  get url(): string {
    return `redis-cluster://${this.nodes
      .slice(0, 2)
      .map((node) => `127.0.0.1:${node.port}`)
      .join(',')}`;
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.stop()));
    rmSync(this.root, { recursive: true, force: true });
  }
}
