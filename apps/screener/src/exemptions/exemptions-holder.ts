import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { compileExemptions, NO_EXEMPTIONS, type CompiledExemptions } from '@salw/risk-engine';
import { AnnouncementWatch, ExemptionStoreRepository, KeySpace, type RedisConnection } from '@salw/store';
import { LOGGER } from '@salw/observability';
import { SCREENER_CONFIG, type ScreenerConfig } from '../config/screener.config';
import { ScreenerMetrics } from '../metrics/screener.metrics';
import { REDIS_SUBSCRIBER } from '../screener.tokens';

/**
 * Holds the compiled exemptions the screener passes to the engine beside the snapshot, and compiles
 * them again when a change is announced (pub/sub) or noticed (the revision, polled with the snapshot's
 * interval, for announcements lost while disconnected). An exemption that expires needs no reload:
 * the engine stops applying it at its expiry on the screening clock. Until the first load the set is
 * empty and `loaded` is pending; the screener consumes only once it resolved.
 */
@Injectable()
export class ExemptionsHolder {
  private held: { revision: number; exemptions: CompiledExemptions } | undefined;
  private announceLoaded!: () => void;
  readonly loaded = new Promise<void>((resolve) => (this.announceLoaded = resolve));
  /** The clock loads are made at (expired exemptions are dropped from the active set); replaced in tests. */
  now: () => Date = () => new Date();

  private readonly logger: Logger;
  private readonly watch: AnnouncementWatch;

  constructor(
    @Inject(ExemptionStoreRepository) private readonly store: ExemptionStoreRepository,
    @Inject(REDIS_SUBSCRIBER) subscriber: RedisConnection,
    @Inject(KeySpace) keys: KeySpace,
    @Inject(SCREENER_CONFIG) config: Pick<ScreenerConfig, 'snapshotPollMs'>,
    @Inject(ScreenerMetrics) private readonly metrics: ScreenerMetrics,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'exemptions-holder' });
    // On the connection the snapshot holder opened (and closes); an announcement always reloads.
    this.watch = new AnnouncementWatch({
      subscriber,
      channel: keys.exemptionsChannel(),
      pollMs: config.snapshotPollMs,
      ownsConnection: false,
      check: (announced) => this.load(announced),
    });
  }

  current(): CompiledExemptions {
    return this.held?.exemptions ?? NO_EXEMPTIONS;
  }

  /** The revision held; undefined before the first load. */
  revision(): number | undefined {
    return this.held?.revision;
  }

  /** Subscribes (on the connection the snapshot holder opened) and loads; then polls. */
  async start(): Promise<void> {
    await this.watch.start();
    await this.refresh();
  }

  async stop(): Promise<void> {
    await this.watch.stop();
  }

  /** Loads the exemptions when their revision differs from the one held (always when `force`). */
  refresh(force = false): Promise<void> {
    return this.watch.run(force);
  }

  private async load(force: boolean): Promise<void> {
    try {
      if (!force && this.held !== undefined && (await this.store.revision()) === this.held.revision) return;
      const loaded = await this.store.loadActive(this.now());
      this.held = { revision: loaded.revision, exemptions: compileExemptions(loaded.exemptions) };
      this.announceLoaded();
      this.metrics.exemptionsHeld.set(loaded.exemptions.length);
      if (loaded.unreadable.length > 0)
        this.logger.error(
          { unreadable: loaded.unreadable },
          'stored exemptions fail their checks; not applied',
        );
      this.logger.info(
        { revision: loaded.revision, exemptions: loaded.exemptions.length },
        'exemptions loaded',
      );
    } catch (error) {
      this.logger.warn(
        { err: error },
        this.held
          ? 'could not reload the exemptions; keeping the ones held'
          : 'could not load the exemptions yet',
      );
    }
  }
}
