import { doubledScratchBuffer, type ResizableArrayBuffer, scratchBuffer } from './scratch-buffer';

/** Values one buffer may grow to in place: address space is reserved for them, memory only as used. */
const RESERVED_VALUES = 2 ** 24;

/**
 * An append-only Int32Array, 4 bytes per value while an index is built. It grows in place within a
 * reserved scratch buffer (see scratchBuffer) instead of doubling into new arrays, and only the
 * right-sized copy it hands out at the end is ordinary memory.
 */
export class GrowableInt32Array {
  private buffer: ResizableArrayBuffer;
  /** Tracks the buffer's length as it grows. */
  private data: Int32Array;
  private size = 0;

  constructor(initialCapacity = 1024) {
    const capacity = Math.max(16, initialCapacity);
    this.buffer = scratchBuffer(capacity * 4, Math.max(capacity, RESERVED_VALUES) * 4);
    this.data = new Int32Array(this.buffer);
  }

  push(value: number): void {
    if (this.size === this.data.length) this.grow();
    this.data[this.size++] = value;
  }

  get length(): number {
    return this.size;
  }

  /** The values so far, without copying them: valid until the next push. */
  values(): Int32Array {
    return this.data.subarray(0, this.size);
  }

  /** A right-sized copy; the builder can be dropped afterwards. */
  toInt32Array(): Int32Array {
    const copy = new Int32Array(this.size);
    copy.set(this.values());
    return copy;
  }

  private grow(): void {
    const buffer = doubledScratchBuffer(this.buffer, 2);
    if (buffer === this.buffer) return;
    this.buffer = buffer;
    this.data = new Int32Array(buffer);
  }
}
