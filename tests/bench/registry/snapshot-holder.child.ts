/**
 * One screener's snapshot holder as a process of its own, for bench:registry:activation: it holds
 * the active snapshot exactly as `apps/screener` does (own subscription, store reads, snapshot
 * build) and tells the parent the activation number, the time and its CPU time at each swap.
 */
import Redis from 'ioredis';
import pino from 'pino';
import { MetricsRegistry } from '@salw/observability';
import { KeySpace, SnapshotStoreRepository } from '@salw/store';
import { ScreenerMetrics } from '../../../apps/screener/src/metrics/screener.metrics';
import { SnapshotHolder } from '../../../apps/screener/src/snapshot/snapshot-holder';

async function main(): Promise<void> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const keys = new KeySpace(process.env.REDIS_KEY_PREFIX ?? 'salw:');
  const holder = new SnapshotHolder(
    new SnapshotStoreRepository(new Redis(url), keys),
    new Redis(url, { lazyConnect: true }),
    keys,
    { snapshotPollMs: 2_000 },
    new ScreenerMetrics(new MetricsRegistry({ service: 'bench-screener', defaultMetrics: false })),
    pino({ level: 'warn' }),
  );
  // CPU time so far too: the parent takes the difference between swaps, the switch's cost on an idle core.
  holder.onActivated((activation) => {
    const cpu = process.cpuUsage();
    process.send?.({
      activation: activation.activation,
      at: Date.now(),
      cpuMs: (cpu.user + cpu.system) / 1000,
    });
  });
  await holder.start();
  process.on('message', (message) => {
    if (message === 'stop') void holder.stop().then(() => process.exit(0));
  });
}

void main();
