/** What kafkajs expects of a compression codec (its `CompressionCodecs` entries return this). */
export interface KafkaCodec {
  compress(encoder: { buffer: Buffer }): Promise<Buffer>;
  decompress(buffer: Buffer): Promise<Buffer>;
}
