import { isCluster, type RedisConnection } from './redis-connection';

/** CRC16-CCITT (XMODEM) table, the checksum Redis Cluster maps keys to slots with. */
const TABLE = (() => {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let crc = byte << 8;
    for (let bit = 0; bit < 8; bit++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    table[byte] = crc;
  }
  return table;
})();

function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) crc = ((crc << 8) & 0xffff) ^ (TABLE[((crc >> 8) ^ byte) & 0xff] as number);
  return crc;
}

/**
 * The Redis Cluster slot (0–16383) of a key, as `CLUSTER KEYSLOT` computes it: only the part between
 * the first `{` and the next `}` is hashed when that part is not empty (a hash tag).
 */
export function clusterKeySlot(key: string): number {
  const open = key.indexOf('{');
  let hashed = key;
  if (open >= 0) {
    const close = key.indexOf('}', open + 1);
    if (close > open + 1) hashed = key.slice(open + 1, close);
  }
  return crc16(Buffer.from(hashed, 'utf8')) % 16_384;
}

/**
 * The positions of `keys` split so that each group's keys share a slot on a Cluster (a script or
 * MULTI may then run on each group); one group of every position on a single node or Sentinel.
 */
export function groupBySlot(redis: RedisConnection, keys: readonly string[]): number[][] {
  if (keys.length === 0) return [];
  if (!isCluster(redis)) return [keys.map((_, i) => i)];
  const groups = new Map<number, number[]>();
  keys.forEach((key, i) => {
    const slot = clusterKeySlot(key);
    const group = groups.get(slot);
    if (group) group.push(i);
    else groups.set(slot, [i]);
  });
  return [...groups.values()];
}
