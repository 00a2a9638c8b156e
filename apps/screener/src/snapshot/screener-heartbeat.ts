import { hostname } from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import { LOGGER } from '@salw/observability';
import { ScreenerHeartbeatRepository, type Activation } from '@salw/store';
import type { Logger } from 'pino';
import { SCREENER_CONFIG, type ScreenerConfig } from '../config/screener.config';
import { SnapshotHolder } from './snapshot-holder';

/**
 * Tells the registry which activation this screener screens with: a heartbeat in Redis renewed every
 * `heartbeatSeconds` and at once after each snapshot swap, expiring after three missed beats.
 */
@Injectable()
export class ScreenerHeartbeat {
  readonly instance: string;
  private timer?: NodeJS.Timeout;
  private readonly logger: Logger;
  private readonly intervalSeconds: number;

  constructor(
    @Inject(ScreenerHeartbeatRepository) private readonly heartbeats: ScreenerHeartbeatRepository,
    @Inject(SnapshotHolder) private readonly holder: SnapshotHolder,
    @Inject(SCREENER_CONFIG) config: Pick<ScreenerConfig, 'instance' | 'heartbeatSeconds'>,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.instance = config.instance ?? `${hostname()}-${process.pid}`;
    this.intervalSeconds = config.heartbeatSeconds;
    this.logger = logger.child({ component: 'screener-heartbeat' });
  }

  start(): void {
    this.holder.onActivated((activation) => void this.beat(activation));
    void this.beat(this.holder.activation());
    this.timer = setInterval(() => void this.beat(this.holder.activation()), this.intervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.heartbeats.remove(this.instance).catch(() => undefined);
  }

  private async beat(activation: Activation | undefined): Promise<void> {
    try {
      await this.heartbeats.beat(
        {
          instance: this.instance,
          ...(activation
            ? { activation: activation.activation, profile: activation.profile, lists: activation.lists }
            : {}),
          at: new Date().toISOString(),
        },
        this.intervalSeconds * 3,
      );
    } catch (error) {
      this.logger.warn(
        { err: error },
        'heartbeat not written (Redis unreachable?); the registry will show this screener as gone',
      );
    }
  }
}
