import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  AnnouncementWatch,
  type Activation,
  type KeySpace,
  type RedisConnection,
  type SnapshotStoreRepository,
} from '@salw/store';
import type { Logger } from 'pino';
import type { RetroScreeningService } from './retro-screening.service';

const POLL_MS = 30_000;
const LOCK_MS = 15 * 60_000;

/** The lists whose version an activation changed, with the version each had before (absent: newly active). */
export function listsChangedBy(
  seen: Pick<Activation, 'lists'>,
  active: Pick<Activation, 'lists'>,
): { list: string; version: number; from?: number }[] {
  return Object.entries(active.lists)
    .filter(([list, version]) => seen.lists[list] !== version)
    .map(([list, version]) => ({
      list,
      version,
      ...(seen.lists[list] === undefined ? {} : { from: seen.lists[list] }),
    }))
    .sort((a, b) => (a.list < b.list ? -1 : 1));
}

/**
 * Starts a retro-screening when an activation changes a list's version (from the activation channel,
 * and a poll in case a message was missed while disconnected). It remembers in Redis the last
 * activation it handled, so a restart neither misses one nor repeats one; a lock keeps two registry
 * replicas from working on the same activation (and were both to run, the runner's transactions
 * would still publish each finding once).
 */
export class RetroOnActivationWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private watch?: AnnouncementWatch;

  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
    private readonly store: SnapshotStoreRepository,
    private readonly retro: RetroScreeningService,
    private readonly logger: Logger,
    private readonly enabled: boolean,
  ) {}

  /** Where the worker keeps the last activation it handled (the retro worker's only key). */
  private get seenKey(): string {
    return `${this.keys.keyPrefix}retro:handled-activation`;
  }

  private get lockKey(): string {
    return `${this.keys.keyPrefix}retro:worker-lock`;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    // The registry's client connects lazily, and so does its duplicate, which the watch connects.
    const subscriber = this.redis.duplicate();
    subscriber.on('error', () => undefined);
    this.watch = new AnnouncementWatch({
      subscriber,
      channel: this.keys.activationChannel(),
      pollMs: POLL_MS,
      ownsConnection: true,
      onUnreachable: (error) =>
        this.logger.warn({ err: error }, 'activation channel not reachable yet; polling'),
      check: () =>
        this.handle().catch((error: unknown) =>
          this.logger.error({ err: error }, 'retro-screening on activation failed; retried at the next poll'),
        ),
    });
    await this.watch.start();
    void this.watch.run();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.watch?.stop();
  }

  /** Handles the active activation if it is not the one handled last (the watch runs one check at a time). */
  private async handle(): Promise<void> {
    const active = await this.store.getActive();
    if (!active) return;
    const raw = await this.redis.get(this.seenKey);
    if (raw === null) {
      // First start: what is active now was screened live; only later activations need a retro run.
      await this.redis.set(this.seenKey, JSON.stringify(active));
      return;
    }
    const seen = JSON.parse(raw) as Activation;
    if (seen.activation === active.activation) return;
    const token = `${process.pid}-${active.activation}-${Math.random()}`;
    if ((await this.redis.set(this.lockKey, token, 'PX', LOCK_MS, 'NX')) !== 'OK') return;
    try {
      for (const { list, version, from } of listsChangedBy(seen, active)) {
        const run = await this.retro.run(
          { list, version, from },
          {
            actor: 'registry (retro on activation)',
            reason: `activation #${active.activation}${active.actor ? ` by ${active.actor}` : ''}: ${active.reason ?? 'no reason recorded'}`,
          },
        );
        this.logger.info(
          { list, version, from, read: run.read, found: run.found, alerts: run.alerts },
          'retro-screening after activation done',
        );
      }
      await this.redis.set(this.seenKey, JSON.stringify(active));
    } finally {
      if ((await this.redis.get(this.lockKey)) === token) await this.redis.del(this.lockKey);
    }
  }
}
