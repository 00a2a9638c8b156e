import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Activation, KeySpace, SnapshotStoreRepository, RedisConnection } from '@salw/store';
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
  private subscriber?: RedisConnection;
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;

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
    const subscriber = this.redis.duplicate();
    this.subscriber = subscriber;
    const channel = this.keys.activationChannel();
    subscriber.on('message', (from: string) => {
      if (from === channel) void this.check();
    });
    subscriber.on('error', () => undefined);
    // The registry's client connects lazily, and so does its duplicate: connect, subscribe, and
    // subscribe again after every reconnection.
    await subscriber
      .connect()
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'activation channel not reachable yet; polling'),
      );
    await subscriber.subscribe(channel).catch(() => undefined);
    subscriber.on('ready', () => void subscriber.subscribe(channel).catch(() => undefined));
    this.timer = setInterval(() => void this.check(), POLL_MS);
    this.timer.unref();
    void this.check();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.checking;
    this.subscriber?.disconnect();
  }

  /** Handles the active activation if it is not the one handled last; one check at a time. */
  check(): Promise<void> {
    this.checking ??= this.handle()
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'retro-screening on activation failed; retried at the next poll'),
      )
      .finally(() => (this.checking = undefined));
    return this.checking;
  }

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
