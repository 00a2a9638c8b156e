const BYTE_ORDER_MARK = Buffer.of(0xef, 0xbb, 0xbf);
const NOTHING = new Uint8Array(0);

/**
 * Drops a UTF-8 byte-order mark from the start of bytes written in pieces of any size, even a byte at
 * a time: the first bytes are held until there are enough of them to tell.
 */
export class ByteOrderMarkStripper {
  private head: Buffer | undefined = Buffer.alloc(0);

  /** The bytes of `piece` that follow the mark; none while the first bytes are held. */
  write(piece: Uint8Array): Uint8Array {
    if (this.head === undefined) return piece;
    const head = Buffer.concat([this.head, piece]);
    if (head.length < BYTE_ORDER_MARK.length) {
      this.head = head;
      return NOTHING;
    }
    this.head = undefined;
    return head.subarray(0, BYTE_ORDER_MARK.length).equals(BYTE_ORDER_MARK)
      ? head.subarray(BYTE_ORDER_MARK.length)
      : head;
  }

  /** The bytes still held when the stream ends: a text shorter than a mark. */
  end(): Uint8Array {
    const head = this.head ?? NOTHING;
    this.head = undefined;
    return head;
  }
}
