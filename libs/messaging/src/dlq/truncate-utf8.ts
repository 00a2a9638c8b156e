const ELLIPSIS = '…';
const ELLIPSIS_BYTES = Buffer.byteLength(ELLIPSIS, 'utf8');

/**
 * Shortens `text` to at most `maxBytes` UTF-8 bytes, never cutting a character in half, and marks
 * a cut with `…`. Lone surrogates (invalid in UTF-8) come out as U+FFFD, as Node encodes them.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (!Number.isInteger(maxBytes) || maxBytes < ELLIPSIS_BYTES) {
    throw new RangeError(`maxBytes must be an integer >= ${ELLIPSIS_BYTES} (got ${maxBytes})`);
  }
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return bytes.toString('utf8');
  let end = maxBytes - ELLIPSIS_BYTES;
  // A byte 10xxxxxx continues a character that started earlier: back up to that character's start.
  while (end > 0 && (bytes[end]! & 0b1100_0000) === 0b1000_0000) end -= 1;
  return bytes.subarray(0, end).toString('utf8') + ELLIPSIS;
}
