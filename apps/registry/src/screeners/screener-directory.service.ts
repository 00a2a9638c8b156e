import type { ScreenerHeartbeat, ScreenerHeartbeatRepository, SnapshotStoreRepository } from '@salw/store';

/** A running screener and whether it screens with the active activation. */
export interface ScreenerStatus extends ScreenerHeartbeat {
  readonly current: boolean;
}

export interface ScreenerDirectory {
  /** The active activation number (absent before the first). */
  readonly activation?: number;
  readonly screeners: readonly ScreenerStatus[];
}

/** Which screeners run, and which of them still screen with an older activation than the active one. */
export class ScreenerDirectoryService {
  constructor(
    private readonly heartbeats: ScreenerHeartbeatRepository,
    private readonly store: SnapshotStoreRepository,
  ) {}

  async directory(): Promise<ScreenerDirectory> {
    const [active, running] = await Promise.all([this.store.getActive(), this.heartbeats.running()]);
    return {
      activation: active?.activation,
      screeners: running.map((s) => ({
        ...s,
        current: s.activation !== undefined && s.activation === active?.activation,
      })),
    };
  }
}
