import type { RedisConnection } from '../redis/redis-connection';
import type { WatchlistEntry, WatchlistEntrySink } from '@salw/watchlists';

/** Chunk writes allowed in flight before the parse waits for Redis (each a few MB at most). */
const MAX_WRITES_IN_FLIGHT = 4;

/**
 * Takes the entries of a streamed parse and appends them to a Redis list in chunks, each chunk the JSON
 * array of up to `entriesPerChunk` entries (the layout SnapshotStoreRepository reads): one chunk is held
 * as text while it fills, and at most MAX_WRITES_IN_FLIGHT chunks are on their way to Redis; `drain`
 * makes the parse wait when Redis falls behind. Every write renews the key's expiry, so the chunks of
 * an importer that dies disappear by themselves.
 */
export class RedisEntryChunkWriter implements WatchlistEntrySink {
  private pending: string[] = [];
  private inFlight: Promise<unknown>[] = [];
  private failure: unknown;
  private written = 0;

  constructor(
    private readonly redis: RedisConnection,
    private readonly key: string,
    private readonly entriesPerChunk: number,
    private readonly expirySeconds: number,
  ) {}

  /** Chunks written (or being written) so far. */
  get chunks(): number {
    return this.written;
  }

  add(entry: WatchlistEntry): void {
    this.pending.push(JSON.stringify(entry));
    if (this.pending.length >= this.entriesPerChunk) this.flush();
  }

  async drain(): Promise<void> {
    if (this.inFlight.length >= MAX_WRITES_IN_FLIGHT) await this.settle();
  }

  /** Writes the last, partial chunk and waits for every write; returns the number of chunks. */
  async finish(): Promise<number> {
    if (this.pending.length > 0) this.flush();
    await this.settle();
    return this.written;
  }

  /** Drops the unwritten entries and waits for the writes under way, whatever their outcome. */
  async abandon(): Promise<void> {
    this.pending = [];
    await Promise.all(this.inFlight);
    this.inFlight = [];
  }

  private flush(): void {
    const chunk = `[${this.pending.join(',')}]`;
    this.pending = [];
    this.written += 1;
    this.inFlight.push(
      this.redis
        .multi()
        .rpush(this.key, chunk)
        .expire(this.key, this.expirySeconds)
        .exec()
        .then((results) => {
          for (const [error] of results ?? []) if (error) throw error;
        })
        .catch((error: unknown) => {
          this.failure ??= error;
        }),
    );
  }

  private async settle(): Promise<void> {
    const writes = this.inFlight;
    this.inFlight = [];
    await Promise.all(writes);
    if (this.failure !== undefined) throw this.failure;
  }
}
