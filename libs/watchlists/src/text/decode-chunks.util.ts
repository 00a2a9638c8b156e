import { WatchlistParseError } from '../errors/watchlist-parse.error';
import type { WatchlistFormat } from '../model/watchlist-file.model';

const LINE_FEED = 0x0a;

/**
 * Turns a byte or text stream (a Node Readable is an AsyncIterable) into UTF-8 text
 * chunks. A streaming decoder is needed because a chunk boundary can fall inside a
 * multi-byte character (Arabic and Cyrillic names in the UN list). Bytes that are not UTF-8
 * refuse the file with a WatchlistParseError naming the line and byte column where they are.
 */
export async function* decodeUtf8Chunks(
  source: AsyncIterable<string | Uint8Array>,
  format?: WatchlistFormat,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Lines and bytes before the chunk being decoded, and the bytes of a character the last chunk left open.
  let line = 1;
  let lineStart = 0;
  let offset = 0;
  let pending: Uint8Array = new Uint8Array(0);
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      if (chunk !== '') yield chunk;
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw invalidUtf8(format, concat(pending, chunk), line, lineStart, offset - pending.length);
    }
    for (let at = chunk.indexOf(LINE_FEED); at >= 0; at = chunk.indexOf(LINE_FEED, at + 1)) {
      line++;
      lineStart = offset + at + 1;
    }
    offset += chunk.length;
    pending = openCharacter(chunk.length >= 3 ? chunk.subarray(chunk.length - 3) : concat(pending, chunk));
    if (text !== '') yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw invalidUtf8(format, pending, line, lineStart, offset - pending.length, true);
  }
  if (rest !== '') yield rest;
}

/** The bytes of a multi-byte character that `bytes` ends inside of (empty when it ends on a boundary). */
function openCharacter(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.slice(bytes.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * The error for the first byte of `bytes` (which start at file offset `start`) that does not
 * continue valid UTF-8, with its line and byte column.
 */
function invalidUtf8(
  format: WatchlistFormat | undefined,
  bytes: Uint8Array,
  line: number,
  lineStart: number,
  start: number,
  truncated = false,
): WatchlistParseError {
  const at = truncated ? 0 : firstInvalidByte(bytes);
  for (let k = 0; k < at; k++) {
    if (bytes[k] === LINE_FEED) {
      line++;
      lineStart = start + k + 1;
    }
  }
  const byte = bytes[at];
  const what = truncated
    ? 'the file ends inside a multi-byte UTF-8 character'
    : `byte 0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8 here`;
  return new WatchlistParseError(format, [
    { line, column: start + at - lineStart + 1, message: `${what}; the file must be UTF-8` },
  ]);
}

/** Index of the first byte where `bytes` stops being UTF-8 (overlong forms and surrogates included). */
function firstInvalidByte(bytes: Uint8Array): number {
  let k = 0;
  while (k < bytes.length) {
    const lead = bytes[k] as number;
    if (lead < 0x80) {
      k++;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      min = lead === 0xe0 ? 0xa0 : 0x80;
      if (lead === 0xed) max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      min = lead === 0xf0 ? 0x90 : 0x80;
      if (lead === 0xf4) max = 0x8f;
    } else return k;
    for (let n = 1; n < length; n++) {
      if (k + n >= bytes.length) return bytes.length;
      const next = bytes[k + n] as number;
      const low = n === 1 ? min : 0x80;
      const high = n === 1 ? max : 0xbf;
      if (next < low || next > high) return k;
    }
    k += length;
  }
  return k;
}
