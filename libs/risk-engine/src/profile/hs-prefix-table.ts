/** Longest-prefix lookup of HS codes: a 10-digit code finds the most specific heading listed. */
export class HsPrefixTable<T> {
  private readonly byPrefix = new Map<string, T>();
  private lengths: number[] = [];

  set(prefix: string, value: T): void {
    this.byPrefix.set(prefix, value);
    if (!this.lengths.includes(prefix.length))
      this.lengths = [...this.lengths, prefix.length].sort((a, b) => b - a);
  }

  has(prefix: string): boolean {
    return this.byPrefix.has(prefix);
  }

  lookup(hsCode: string): T | undefined {
    for (const length of this.lengths) {
      if (length > hsCode.length) continue;
      const found = this.byPrefix.get(hsCode.slice(0, length));
      if (found !== undefined) return found;
    }
    return undefined;
  }
}
