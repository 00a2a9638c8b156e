import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { buildStoredSnapshot, type ScreeningSnapshot } from '@salw/risk-engine';
import { ActiveSnapshotPort } from '@salw/screening';
import {
  AnnouncementWatch,
  KeySpace,
  SnapshotStoreRepository,
  type Activation,
  type RedisConnection,
} from '@salw/store';
import { LOGGER, type ReadinessCheck, type ReadinessState } from '@salw/observability';
import { SCREENER_CONFIG, type ScreenerConfig } from '../config/screener.config';
import { ScreenerMetrics } from '../metrics/screener.metrics';
import { REDIS_SUBSCRIBER } from '../screener.tokens';

interface Held {
  readonly snapshot: ScreeningSnapshot;
  readonly active: Activation;
}

/** An activation that could not be loaded, and when to try it again. */
interface FailedActivation {
  readonly activation: number | undefined;
  readonly attempts: number;
  readonly retryAt: number;
}

/** Longest pause between attempts at an activation that keeps failing (each try may need a whole snapshot's memory). */
const MAX_RETRY_PAUSE_MS = 5 * 60_000;
const NOT_ACTIVATED = 'no snapshot activated yet (seed one: npm run -s seed)';

/**
 * Holds the immutable snapshot the screener scores with, and replaces it when a new activation is
 * announced (pub/sub) or noticed (polling, for announcements lost while disconnected). The new
 * snapshot is built completely before the reference is swapped, so a batch scores with one whole
 * snapshot, never a mix. Until a first snapshot is loaded the screener is not ready.
 */
@Injectable()
export class SnapshotHolder implements ActiveSnapshotPort, ReadinessCheck {
  readonly name = 'snapshot';
  private held?: Held;
  private lastError?: string;
  private failed?: FailedActivation;
  private readonly listeners: ((activation: Activation) => void)[] = [];
  /** Milliseconds since the epoch; replaced in tests. */
  now: () => number = Date.now;
  private announceLoaded!: () => void;
  /** Resolves once a first snapshot is held; the consumer starts only then. */
  readonly loaded = new Promise<void>((resolve) => (this.announceLoaded = resolve));

  private readonly pollMs: number;
  private readonly logger: Logger;
  private readonly watch: AnnouncementWatch;

  constructor(
    @Inject(SnapshotStoreRepository) private readonly store: SnapshotStoreRepository,
    @Inject(REDIS_SUBSCRIBER) subscriber: RedisConnection,
    @Inject(KeySpace) keys: KeySpace,
    @Inject(SCREENER_CONFIG) config: Pick<ScreenerConfig, 'snapshotPollMs'>,
    @Inject(ScreenerMetrics) private readonly metrics: ScreenerMetrics,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.pollMs = config.snapshotPollMs;
    this.logger = logger.child({ component: 'snapshot-holder' });
    // The holder opens the subscriber connection; the exemptions holder subscribes on it too.
    this.watch = new AnnouncementWatch({
      subscriber,
      channel: keys.activationChannel(),
      pollMs: this.pollMs,
      ownsConnection: true,
      onUnreachable: (error) =>
        this.logger.warn({ err: error }, 'snapshot channel not reachable yet; polling'),
      check: () => this.load(),
    });
  }

  current(): ScreeningSnapshot | undefined {
    return this.held?.snapshot;
  }

  /** The activation of the snapshot held (undefined until the first loads). */
  activation(): Activation | undefined {
    return this.held?.active;
  }

  /** Calls `listener` after each swap to a new snapshot (the heartbeat reports it at once). */
  onActivated(listener: (activation: Activation) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Ready once a snapshot is held. While a newer activation fails to load, still ready (the held
   * snapshot is whole and in use) but degraded, naming the activation that fails; the cause is in
   * the log, not here.
   */
  isReady(): ReadinessState {
    if (this.held) {
      const held = {
        activation: this.held.active.activation,
        profile: this.held.active.profile,
        lists: this.held.active.lists,
      };
      if (!this.failed) return { ready: true, detail: held };
      return {
        ready: true,
        detail: {
          ...held,
          status: 'degraded',
          reason: `activation ${this.failed.activation ?? '(unknown)'} could not be loaded after ${this.failed.attempts} attempt(s); screening continues with activation ${held.activation}`,
        },
      };
    }
    return { ready: false, detail: { reason: this.lastError ?? NOT_ACTIVATED } };
  }

  async start(): Promise<void> {
    await this.watch.start();
    await this.refresh();
  }

  async stop(): Promise<void> {
    await this.watch.stop();
  }

  /** Loads the active snapshot if it differs from the one held; one refresh at a time. */
  refresh(): Promise<void> {
    return this.watch.run();
  }

  private async load(): Promise<void> {
    let activation: number | undefined;
    try {
      const active = await this.store.getActive();
      if (!active) {
        this.lastError = NOT_ACTIVATED;
        return;
      }
      activation = active.activation;
      if (this.held && this.held.active.activation >= active.activation) {
        this.clearFailure(); // e.g. Redis was unreachable for a while and nothing changed meanwhile
        return;
      }
      // The same failing activation is tried again after a growing pause; a newer one at once.
      if (this.failed?.activation === activation && this.now() < this.failed.retryAt) return;
      const started = performance.now();
      const loaded = await this.store.loadActive();
      if (!loaded) return;
      const snapshot = buildStoredSnapshot(loaded);
      const seconds = (performance.now() - started) / 1000;
      this.held = { snapshot, active: loaded.active };
      this.lastError = undefined;
      this.clearFailure();
      this.announceLoaded();
      for (const listener of this.listeners) listener(loaded.active);
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
      const previous = this.failed;
      const attempts = previous && previous.activation === activation ? previous.attempts + 1 : 1;
      const pauseMs = Math.min(this.pollMs * 2 ** Math.min(attempts - 1, 20), MAX_RETRY_PAUSE_MS);
      this.failed = { activation, attempts, retryAt: this.now() + pauseMs };
      this.lastError = `activation ${activation ?? '(unknown)'} could not be loaded; see the screener log`;
      this.metrics.snapshotActivationFailures.inc();
      this.metrics.snapshotActivationFailing.set(1);
      this.logger.warn(
        { err: error, activation, attempts, retryInMs: pauseMs },
        this.held
          ? 'could not load the active snapshot; keeping the one held'
          : 'could not load the active snapshot; not ready until it loads',
      );
    }
  }

  private clearFailure(): void {
    if (!this.failed) return;
    this.failed = undefined;
    this.metrics.snapshotActivationFailing.set(0);
  }
}
