/**
 * Turns a byte or text stream (a Node Readable is an AsyncIterable) into UTF-8 text
 * chunks. A streaming decoder is needed because a chunk boundary can fall inside a
 * multi-byte character (Arabic and Cyrillic names in the UN list).
 */
export async function* decodeUtf8Chunks(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}
