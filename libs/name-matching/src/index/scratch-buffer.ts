/** An ArrayBuffer that can change its length in place (ES2024; the project's lib is older). */
export interface ResizableArrayBuffer extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(byteLength: number): void;
}

const ResizableArrayBufferOf = ArrayBuffer as unknown as new (
  byteLength: number,
  options: { maxByteLength: number },
) => ResizableArrayBuffer;

/**
 * A resizable buffer of `byteLength` bytes that may grow to `maxByteLength` without being copied,
 * for memory a build throws away when it is done. V8 reserves such a buffer's address space and
 * commits pages as it grows, apart from the C heap: a plain scratch array is a malloc block, and
 * freeing blocks of a few megabytes makes malloc keep later blocks (the index's own arrays among
 * them) in its heap, whose freed pages the process then holds on to long after the build.
 */
export function scratchBuffer(byteLength: number, maxByteLength = byteLength): ResizableArrayBuffer {
  return new ResizableArrayBufferOf(byteLength, { maxByteLength: Math.max(byteLength, maxByteLength) });
}

/**
 * `buffer` twice as long: grown in place while its reservation allows, otherwise a new buffer with
 * the same bytes that reserves `reserveFactor` times its new length. Views made without a length
 * follow an in-place resize; after a copy the caller makes new ones (the returned buffer differs).
 */
export function doubledScratchBuffer(
  buffer: ResizableArrayBuffer,
  reserveFactor: number,
): ResizableArrayBuffer {
  const byteLength = buffer.byteLength * 2;
  if (byteLength <= buffer.maxByteLength) {
    buffer.resize(byteLength);
    return buffer;
  }
  const larger = scratchBuffer(byteLength, byteLength * reserveFactor);
  new Uint8Array(larger).set(new Uint8Array(buffer));
  return larger;
}
