import type Redis from 'ioredis';
import type { Logger } from 'pino';
import type { ScreeningSnapshot } from '@salw/risk-engine';
import { buildScreeningSnapshot, type ActiveSnapshot, type SnapshotStoreRepository } from '@salw/store';
import type { ReadinessCheck, ReadinessState } from '@salw/observability';
import type { ScreenerMetrics } from '../metrics/screener.metrics';

interface Held {
  readonly snapshot: ScreeningSnapshot;
  readonly active: ActiveSnapshot;
}

/**
 * Holds the immutable snapshot the screener scores with, and replaces it when a new activation is
 * announced (pub/sub) or noticed (polling, for announcements lost while disconnected). The new
 * snapshot is built completely before the reference is swapped, so a batch scores with one whole
 * snapshot, never a mix. Until a first snapshot is loaded the screener is not ready.
 */
export class SnapshotHolder implements ReadinessCheck {
  readonly name = 'snapshot';
  private held?: Held;
  private refreshing?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private lastError?: string;
  private announceLoaded!: () => void;
  /** Resolves once a first snapshot is held; the consumer starts only then. */
  readonly loaded = new Promise<void>((resolve) => (this.announceLoaded = resolve));

  constructor(
    private readonly store: SnapshotStoreRepository,
    private readonly subscriber: Redis,
    private readonly channel: string,
    private readonly pollMs: number,
    private readonly metrics: ScreenerMetrics,
    private readonly logger: Logger,
  ) {}

  current(): ScreeningSnapshot | undefined {
    return this.held?.snapshot;
  }

  isReady(): ReadinessState {
    if (this.held) {
      return {
        ready: true,
        detail: {
          activation: this.held.active.activation,
          profile: this.held.active.profile,
          lists: this.held.active.lists,
        },
      };
    }
    return {
      ready: false,
      detail: { reason: this.lastError ?? 'no snapshot activated yet (seed one: npm run -s seed)' },
    };
  }

  async start(): Promise<void> {
    this.subscriber.on('message', (channel: string) => {
      if (channel === this.channel) void this.refresh();
    });
    await this.subscriber
      .connect()
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'snapshot channel not reachable yet; polling'),
      );
    await this.subscriber.subscribe(this.channel).catch(() => undefined);
    this.subscriber.on('ready', () => void this.subscriber.subscribe(this.channel).catch(() => undefined));
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.refreshing;
    this.subscriber.disconnect();
  }

  /** Loads the active snapshot if it differs from the one held; one refresh at a time. */
  refresh(): Promise<void> {
    this.refreshing ??= this.load().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async load(): Promise<void> {
    try {
      const active = await this.store.getActive();
      if (!active) {
        this.lastError = 'no snapshot activated yet (seed one: npm run -s seed)';
        return;
      }
      if (this.held && this.held.active.activation >= active.activation) return;
      const started = performance.now();
      const loaded = await this.store.loadActive();
      if (!loaded) return;
      const snapshot = buildScreeningSnapshot(loaded);
      const seconds = (performance.now() - started) / 1000;
      this.held = { snapshot, active: loaded.active };
      this.lastError = undefined;
      this.announceLoaded();
      this.metrics.snapshotBuildSeconds.observe(seconds);
      this.metrics.snapshotActivation.set(loaded.active.activation);
      this.metrics.snapshotLoadedAt.set(Date.now() / 1000);
      this.metrics.snapshotActivatedAtMs = Date.parse(loaded.active.activatedAt);
      const kinds = new Map<string, number>();
      for (const { file } of loaded.watchlists)
        for (const entry of file.entries) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
      this.metrics.snapshotEntries.reset();
      for (const [kind, count] of kinds) this.metrics.snapshotEntries.set({ kind }, count);
      this.logger.info(
        {
          activation: loaded.active.activation,
          profile: loaded.active.profile,
          lists: loaded.active.lists,
          watchlistVersion: snapshot.watchlists.version,
          buildSeconds: seconds,
        },
        'snapshot activated',
      );
    } catch (error) {
      this.lastError = `snapshot not loaded: ${error instanceof Error ? error.message : String(error)}`;
      this.logger.warn({ err: error }, 'could not load the active snapshot; keeping the one held');
    }
  }
}
