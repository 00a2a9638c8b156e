import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import { gzipCodec } from './gzip.codec';
import { lz4Codec } from './lz4.codec';
import { snappyCodec } from './snappy.codec';
import { zstdCodec } from './zstd.codec';

/**
 * Lets every kafkajs client of this process read record batches compressed with gzip, snappy, lz4 or
 * zstd, whichever client wrote them (kafkajs ships gzip only and stops a consumer for good on the
 * others). kafkajs keeps codecs in one process-wide table, so this is done once, and again is harmless.
 */
export function registerCompressionCodecs(): void {
  CompressionCodecs[CompressionTypes.GZIP] = () => gzipCodec;
  CompressionCodecs[CompressionTypes.Snappy] = () => snappyCodec;
  CompressionCodecs[CompressionTypes.LZ4] = () => lz4Codec;
  CompressionCodecs[CompressionTypes.ZSTD] = () => zstdCodec;
}
