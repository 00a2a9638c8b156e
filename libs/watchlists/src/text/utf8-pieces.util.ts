const ENDS_WITH_HIGH_SURROGATE = /[\uD800-\uDBFF]$/u;

/**
 * The pieces of a byte or text stream (a Node Readable is an AsyncIterable) as bytes, text encoded as
 * UTF-8. A text piece that ends inside a surrogate pair keeps its half for the next piece, so the bytes
 * are those of the whole text however it was cut.
 */
export async function* utf8Pieces(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<Uint8Array> {
  let halfPair = '';
  for await (const piece of source) {
    if (typeof piece !== 'string') {
      yield piece;
      continue;
    }
    let text = halfPair + piece;
    halfPair = ENDS_WITH_HIGH_SURROGATE.test(text) ? text.slice(-1) : '';
    if (halfPair !== '') text = text.slice(0, -1);
    if (text !== '') yield Buffer.from(text, 'utf8');
  }
  if (halfPair !== '') yield Buffer.from(halfPair, 'utf8');
}
