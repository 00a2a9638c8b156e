import type { Logger } from 'pino';
import type { WorklistRepository } from '../worklist/worklist.repository';

/**
 * Every `intervalMs`, takes the alerts closed longer than the retention out of the queue indexes
 * (`WorklistRepository.archiveClosed`): the CLOSED queue, its filters and the free-text words keep
 * only recent ones, while every alert's detail, history, outcome and the indicator performance stay.
 */
export class ClosedAlertsArchiver {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly worklist: WorklistRepository,
    private readonly retentionMs: number,
    private readonly logger: Logger,
    private readonly intervalMs = 60_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.runOnce(), this.intervalMs);
    this.timer.unref();
    void this.runOnce();
  }

  /** One pass; concurrent calls share it. */
  runOnce(now = new Date()): Promise<void> {
    this.running ??= this.worklist
      .archiveClosed(new Date(now.getTime() - this.retentionMs))
      .then((archived) => {
        if (archived > 0)
          this.logger.info({ archived }, 'closed alerts past retention left the queue indexes');
      })
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'archiving closed alerts failed; retried next pass'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
