interface PrefixNode<T> {
  value: T | undefined;
  /** Child per next digit, 0-9. */
  next: (PrefixNode<T> | undefined)[] | undefined;
}

const ZERO = 0x30;
// A captured reference: a `code.charCodeAt` property load would see every string representation.
const charCodeAt = String.prototype.charCodeAt;

function digitAt(text: string, index: number): number {
  const digit = charCodeAt.call(text, index) - ZERO;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/**
 * Longest-prefix lookup of HS codes: a 10-digit code finds the most specific heading listed. A trie
 * by digit, so a look-up is one walk along the code rather than a slice and a map probe per listed
 * prefix length; it runs several times per item screened.
 */
export class HsPrefixTable<T> {
  private readonly root: PrefixNode<T> = { value: undefined, next: undefined };

  /** `prefix` is digits only, as the profile schema requires of HS prefixes. */
  set(prefix: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < prefix.length; i++) {
      const digit = digitAt(prefix, i);
      if (digit < 0) throw new Error(`HS prefix '${prefix}' is not all digits`);
      node.next ??= new Array<PrefixNode<T> | undefined>(10).fill(undefined);
      node = node.next[digit] ??= { value: undefined, next: undefined };
    }
    node.value = value;
  }

  has(prefix: string): boolean {
    return this.nodeAt(prefix)?.value !== undefined;
  }

  lookup(hsCode: string): T | undefined {
    let node = this.root;
    let found = node.value;
    for (let i = 0; i < hsCode.length; i++) {
      const digit = digitAt(hsCode, i);
      const child = digit < 0 ? undefined : node.next?.[digit];
      if (child === undefined) break;
      node = child;
      if (node.value !== undefined) found = node.value;
    }
    return found;
  }

  private nodeAt(prefix: string): PrefixNode<T> | undefined {
    let node: PrefixNode<T> | undefined = this.root;
    for (let i = 0; i < prefix.length && node !== undefined; i++) {
      const digit = digitAt(prefix, i);
      node = digit < 0 ? undefined : node.next?.[digit];
    }
    return node;
  }
}
