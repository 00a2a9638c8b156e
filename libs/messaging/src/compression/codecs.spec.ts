import { gzipSync } from 'node:zlib';
import { compress as rawSnappy } from 'snappyjs';
import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import { CompressedBatchError } from './compressed-batch.error';
import { gzipCodec } from './gzip.codec';
import { lz4Codec } from './lz4.codec';
import { registerCompressionCodecs } from './register-compression-codecs';
import { snappyCodec } from './snappy.codec';
import { zstdCodec } from './zstd.codec';

const text = Buffer.from(
  '{"declarationId":"26NG0000012345678X","items":[' + '{"hsCode":"930200"},'.repeat(500) + '{}]}',
);

/** snappy-java's framing: magic, version 1, compatible 1, then length-prefixed raw snappy blocks. */
function xerialFramed(parts: Buffer[]): Buffer {
  const header = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00, 0, 0, 0, 1, 0, 0, 0, 1]);
  const blocks = parts.map((part) => {
    const block = rawSnappy(part);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(block.length);
    return Buffer.concat([length, block]);
  });
  return Buffer.concat([header, ...blocks]);
}

/** A zstd frame of 8 bytes of content, made by the reference encoder (`printf 'abcdefgh' | zstd`). */
const ZSTD_ABCDEFGH = Buffer.from('KLUv/QRYQQAAYWJjZGVmZ2i3NEZb', 'base64');

describe('compression codecs', () => {
  it('registers a codec for gzip, snappy, lz4 and zstd in kafkajs', () => {
    registerCompressionCodecs();
    const codecs = [
      CompressionCodecs[CompressionTypes.GZIP],
      CompressionCodecs[CompressionTypes.Snappy],
      CompressionCodecs[CompressionTypes.LZ4],
      CompressionCodecs[CompressionTypes.ZSTD],
    ];
    for (const codec of codecs) expect(typeof codec().decompress).toBe('function');
  });

  it.each([
    ['gzip', gzipCodec],
    ['snappy', snappyCodec],
    ['lz4', lz4Codec],
  ] as const)('%s decodes what it encodes', async (_name, codec) => {
    expect(await codec.decompress(await codec.compress({ buffer: text }))).toEqual(text);
  });

  it('snappy decodes the xerial framing the Java client writes, block after block', async () => {
    const framed = xerialFramed([text.subarray(0, 4000), text.subarray(4000)]);
    expect(await snappyCodec.decompress(framed)).toEqual(text);
  });

  it('zstd decodes a frame of the reference encoder, and two frames in a row', async () => {
    expect((await zstdCodec.decompress(ZSTD_ABCDEFGH)).toString()).toBe('abcdefgh');
    expect((await zstdCodec.decompress(Buffer.concat([ZSTD_ABCDEFGH, ZSTD_ABCDEFGH]))).toString()).toBe(
      'abcdefghabcdefgh',
    );
  });

  it.each([
    ['gzip', gzipCodec],
    ['snappy', snappyCodec],
    ['lz4', lz4Codec],
    ['zstd', zstdCodec],
  ] as const)(
    '%s refuses corrupt input with a CompressedBatchError naming the codec',
    async (name, codec) => {
      const error = await codec
        .decompress(Buffer.from('definitely not compressed data'))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CompressedBatchError);
      expect((error as CompressedBatchError).message).toMatch(
        new RegExp(`^${name} record batch cannot be decompressed: `),
      );
    },
  );

  it('gzip refuses to inflate a bomb past 64 MiB', async () => {
    const bomb = gzipSync(Buffer.alloc(65 * 1024 * 1024), { level: 1 });
    await expect(gzipCodec.decompress(bomb)).rejects.toBeInstanceOf(CompressedBatchError);
  }, 30_000);
});
