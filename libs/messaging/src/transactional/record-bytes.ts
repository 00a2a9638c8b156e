import type { Message } from 'kafkajs';

/**
 * Bytes a record batch adds around its records (v2 header: base offset, length, epoch, magic, CRC,
 * attributes, offsets, timestamps, producer id/epoch, sequence, count).
 */
export const RECORD_BATCH_OVERHEAD_BYTES = 61;

/** Varint prefixes and fixed fields of one record, in the worst case (5-byte lengths, 10-byte timestamp delta). */
const RECORD_OVERHEAD_BYTES = 5 + 1 + 10 + 5 + 5 + 5 + 5;
const HEADER_OVERHEAD_BYTES = 10;

/**
 * An upper bound of what one message occupies in an uncompressed v2 record batch: what the broker
 * compares with a topic's `max.message.bytes` (with {@link RECORD_BATCH_OVERHEAD_BYTES} per batch).
 */
export function recordBytes(message: Message): number {
  let bytes = RECORD_OVERHEAD_BYTES + sizeOf(message.key) + sizeOf(message.value);
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value === undefined) continue;
    bytes += HEADER_OVERHEAD_BYTES + Buffer.byteLength(name);
    if (Array.isArray(value)) for (const v of value) bytes += HEADER_OVERHEAD_BYTES + sizeOf(v);
    else bytes += sizeOf(value);
  }
  return bytes;
}

function sizeOf(value: Buffer | string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'string' ? Buffer.byteLength(value) : value.length;
}
