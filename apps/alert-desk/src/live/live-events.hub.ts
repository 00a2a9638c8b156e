import type { RedisConnection } from '@salw/store';
import type { Logger } from 'pino';

export interface LiveEvent {
  readonly id: string;
  readonly data: string;
}

type Listener = (event: LiveEvent) => void;

/**
 * Fans the worklist's event stream (a Redis stream the write scripts append to) out to the SSE
 * clients of this process. One blocking XREAD per process, whichever replica made the change.
 * Stream ids are the SSE event ids, so a client resuming with Last-Event-ID gets what it missed
 * from the stream itself.
 */
export class LiveEventsHub {
  private readonly listeners = new Set<Listener>();
  private stopped = false;
  private loop?: Promise<void>;

  constructor(
    private readonly reader: RedisConnection,
    private readonly streamKey: string,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.reader.disconnect();
    await this.loop;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get clients(): number {
    return this.listeners.size;
  }

  private async run(): Promise<void> {
    let lastId = '$';
    while (!this.stopped) {
      try {
        const reply = (await this.reader.xread(
          'COUNT',
          500,
          'BLOCK',
          2000,
          'STREAMS',
          this.streamKey,
          lastId,
        )) as [string, [string, string[]][]][] | null;
        for (const [, entries] of reply ?? []) {
          for (const [id, fields] of entries) {
            lastId = id;
            const event = { id, data: fields[1] };
            for (const listener of this.listeners) listener(event);
          }
        }
      } catch (error) {
        if (this.stopped) return;
        this.logger.warn({ err: error }, 'live event stream read failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }
}
