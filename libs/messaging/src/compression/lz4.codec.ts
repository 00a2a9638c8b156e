import { compress, decompress, decompressBound } from 'lz4js';
import { CompressedBatchError } from './compressed-batch.error';
import { MAX_DECOMPRESSED_BATCH_BYTES } from './decompressed-size-limit.constant';
import { undecodableBatches } from './undecodable-batches';
import type { KafkaCodec } from './kafka-codec';

/** LZ4 frames, as the Java client and librdkafka write record batches (record batch v2). */
export const lz4Codec: KafkaCodec = {
  compress: async (encoder) => toBuffer(compress(encoder.buffer)),
  async decompress(buffer) {
    try {
      const bound = Number(decompressBound(buffer));
      if (!Number.isFinite(bound) || bound < 0 || bound > MAX_DECOMPRESSED_BATCH_BYTES)
        throw new CompressedBatchError(
          'lz4',
          `declares ${bound} bytes, over ${MAX_DECOMPRESSED_BATCH_BYTES}`,
        );
      return toBuffer(decompress(buffer, bound));
    } catch (error) {
      if (error instanceof CompressedBatchError) throw undecodableBatches.report(error);
      throw undecodableBatches.report(new CompressedBatchError('lz4', (error as Error).message));
    }
  },
};

function toBuffer(data: Uint8Array | number[]): Buffer {
  return data instanceof Uint8Array
    ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    : Buffer.from(data);
}
