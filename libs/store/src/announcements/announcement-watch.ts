import type { RedisConnection } from '../redis/redis-connection';

export interface AnnouncementWatchOptions {
  /** A connection used for subscribing only (a subscribed ioredis connection runs no other command). */
  readonly subscriber: RedisConnection;
  /** The channel the registry announces a change on (`KeySpace.activationChannel()`, `exemptionsChannel()`). */
  readonly channel: string;
  /** How often to check anyway, for announcements lost while disconnected. */
  readonly pollMs: number;
  /**
   * Whether this watch connects the subscriber at `start` and disconnects it at `stop`; false when it
   * shares a connection another watch opened and closes.
   */
  readonly ownsConnection: boolean;
  /** Told when the subscriber cannot connect at start (the watch polls meanwhile and subscribes once it can). */
  readonly onUnreachable?: (error: unknown) => void;
  /** What to do on an announcement (`announced` true) or a poll (false). Never runs twice at once. */
  readonly check: (announced: boolean) => Promise<void>;
}

/**
 * Runs a check whenever the registry announces a change on a Redis channel, and every `pollMs` in
 * case an announcement was lost: what the screener's holders (snapshot, exemptions) and the
 * registry's retro worker have in common. One check at a time: a call while one runs shares it.
 */
export class AnnouncementWatch {
  private running?: Promise<void>;
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: AnnouncementWatchOptions) {}

  /** Subscribes (again after every reconnection) and starts polling; the first check is the caller's. */
  async start(): Promise<void> {
    const { subscriber, channel, pollMs } = this.options;
    subscriber.on('message', (from: string) => {
      if (from === channel) void this.run(true);
    });
    if (this.options.ownsConnection)
      await subscriber.connect().catch((error: unknown) => this.options.onUnreachable?.(error));
    await subscriber.subscribe(channel).catch(() => undefined);
    subscriber.on('ready', () => void subscriber.subscribe(channel).catch(() => undefined));
    this.timer = setInterval(() => void this.run(), pollMs);
    this.timer.unref();
  }

  /** Stops polling, waits for a check in progress, and closes the connection if it is the watch's own. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    if (this.options.ownsConnection) this.options.subscriber.disconnect();
  }

  /** Runs the check now, or returns the one in progress. */
  run(announced = false): Promise<void> {
    this.running ??= this.options.check(announced).finally(() => (this.running = undefined));
    return this.running;
  }
}
