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
