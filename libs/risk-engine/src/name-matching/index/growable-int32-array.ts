/** An append-only Int32Array that doubles when full: 4 bytes per value while an index is built. */
export class GrowableInt32Array {
  private data: Int32Array;
  private size = 0;

  constructor(initialCapacity = 1024) {
    this.data = new Int32Array(Math.max(16, initialCapacity));
  }

  push(value: number): void {
    if (this.size === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = value;
  }

  get length(): number {
    return this.size;
  }

  /** A right-sized copy; the builder can be dropped afterwards. */
  toInt32Array(): Int32Array {
    return this.data.slice(0, this.size);
  }
}
