/** A stored version or activation that is missing, incomplete or in conflict. */
export class SnapshotStoreError extends Error {
  override readonly name = 'SnapshotStoreError';
}
