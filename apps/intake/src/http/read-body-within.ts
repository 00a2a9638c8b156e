import type { Readable } from 'node:stream';

export type LimitedBody =
  { readonly ok: true; readonly body: Buffer } | { readonly ok: false; readonly readBytes: number };

/**
 * Reads a request body into memory only while it stays within `limitBytes`. Past the limit it stops
 * reading and lets the rest flow away unread: the client still gets its 413 on an intact connection
 * (destroying the request would reset the socket), and memory never holds more than the limit.
 */
export async function readBodyWithin(stream: Readable, limitBytes: number): Promise<LimitedBody> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream.iterator({ destroyOnReturn: false })) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += buffer.length;
    if (total > limitBytes) break;
    chunks.push(buffer);
  }
  if (total <= limitBytes) return { ok: true, body: Buffer.concat(chunks, total) };
  // Only once the iterator has let go: while its 'readable' listener is attached, resume() does nothing.
  stream.resume();
  return { ok: false, readBytes: total };
}
