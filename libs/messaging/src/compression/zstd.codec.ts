import { Decompress } from 'fzstd';
import { CompressedBatchError } from './compressed-batch.error';
import { MAX_DECOMPRESSED_BATCH_BYTES } from './decompressed-size-limit.constant';
import { undecodableBatches } from './undecodable-batches';
import type { KafkaCodec } from './kafka-codec';

/**
 * Zstandard record batches (one or more frames). Decoding only: the services never produce zstd, and
 * the maintained pure-JS decoder has no encoder.
 */
export const zstdCodec: KafkaCodec = {
  compress: () =>
    Promise.reject(new Error('zstd compression is not available for producing; use gzip, snappy or lz4')),
  async decompress(buffer) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      const stream = new Decompress((chunk) => {
        total += chunk.length;
        if (total > MAX_DECOMPRESSED_BATCH_BYTES)
          throw new CompressedBatchError('zstd', `inflates past ${MAX_DECOMPRESSED_BATCH_BYTES} bytes`);
        chunks.push(chunk);
      });
      stream.push(buffer, true);
    } catch (error) {
      if (error instanceof CompressedBatchError) throw undecodableBatches.report(error);
      throw undecodableBatches.report(new CompressedBatchError('zstd', (error as Error).message));
    }
    return Buffer.concat(chunks, total);
  },
};
