/** Screening was asked for before any snapshot was activated and loaded: transient, retried. */
export class SnapshotNotLoadedError extends Error {
  override readonly name = 'SnapshotNotLoadedError';
  constructor() {
    super('no screening snapshot is loaded yet; waiting for an activation (npm run -s seed)');
  }
}
