/** A compressed record batch that cannot be inflated: corrupt, of an unknown framing, or inflating past the limit. */
export class CompressedBatchError extends Error {
  constructor(
    readonly codec: 'gzip' | 'snappy' | 'lz4' | 'zstd',
    message: string,
  ) {
    super(`${codec} record batch cannot be decompressed: ${message}`);
    this.name = 'CompressedBatchError';
  }
}
