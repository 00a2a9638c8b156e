import { compress, uncompress } from 'snappyjs';
import { CompressedBatchError } from './compressed-batch.error';
import { MAX_DECOMPRESSED_BATCH_BYTES } from './decompressed-size-limit.constant';
import { undecodableBatches } from './undecodable-batches';
import type { KafkaCodec } from './kafka-codec';

/** The Java client (snappy-java) frames its snappy blocks: this magic, a version and a compatible version, then blocks. */
const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
const XERIAL_HEADER_BYTES = 16;

/**
 * Snappy record batches as both clients write them: raw snappy (librdkafka) and the xerial framing
 * of snappy-java (the Java producer), which kafkajs alone cannot read.
 */
export const snappyCodec: KafkaCodec = {
  compress: async (encoder) => compress(encoder.buffer),
  async decompress(buffer) {
    try {
      if (buffer.length >= XERIAL_HEADER_BYTES && buffer.subarray(0, 8).equals(XERIAL_MAGIC))
        return unframe(buffer);
      return uncompress(buffer, MAX_DECOMPRESSED_BATCH_BYTES);
    } catch (error) {
      if (error instanceof CompressedBatchError) throw undecodableBatches.report(error);
      throw undecodableBatches.report(new CompressedBatchError('snappy', (error as Error).message));
    }
  },
};

function unframe(buffer: Buffer): Buffer {
  const blocks: Buffer[] = [];
  let total = 0;
  let at = XERIAL_HEADER_BYTES;
  while (at < buffer.length) {
    if (at + 4 > buffer.length)
      throw new CompressedBatchError('snappy', `truncated block length at byte ${at}`);
    const length = buffer.readUInt32BE(at);
    at += 4;
    if (at + length > buffer.length)
      throw new CompressedBatchError('snappy', `block of ${length} bytes at byte ${at} runs past the end`);
    const block = uncompress(buffer.subarray(at, at + length), MAX_DECOMPRESSED_BATCH_BYTES - total);
    total += block.length;
    blocks.push(block);
    at += length;
  }
  return Buffer.concat(blocks, total);
}
