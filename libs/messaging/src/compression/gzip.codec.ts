import { promisify } from 'node:util';
import { gzip, unzip } from 'node:zlib';
import { CompressedBatchError } from './compressed-batch.error';
import { MAX_DECOMPRESSED_BATCH_BYTES } from './decompressed-size-limit.constant';
import { undecodableBatches } from './undecodable-batches';
import type { KafkaCodec } from './kafka-codec';

const gzipAsync = promisify(gzip);
const unzipAsync = promisify(unzip);

/** kafkajs's own gzip codec, with a bound on the inflated size. */
export const gzipCodec: KafkaCodec = {
  compress: (encoder) => gzipAsync(encoder.buffer),
  async decompress(buffer) {
    try {
      return await unzipAsync(buffer, { maxOutputLength: MAX_DECOMPRESSED_BATCH_BYTES });
    } catch (error) {
      throw undecodableBatches.report(new CompressedBatchError('gzip', (error as Error).message));
    }
  },
};
