/** Latency samples in milliseconds, with percentiles over everything and over the recent window. */
export class LatencyWindow {
  private readonly all: number[] = [];
  private recent: Array<{ at: number; ms: number }> = [];

  constructor(private readonly windowMs = 10_000) {}

  add(ms: number, at = Date.now()): void {
    this.all.push(ms);
    this.recent.push({ at, ms });
  }

  percentile(p: number, scope: 'all' | 'recent' = 'recent', now = Date.now()): number | undefined {
    if (scope === 'recent') this.recent = this.recent.filter((s) => now - s.at <= this.windowMs);
    const values = (scope === 'all' ? [...this.all] : this.recent.map((s) => s.ms)).sort((a, b) => a - b);
    if (values.length === 0) return undefined;
    return values[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
  }

  get count(): number {
    return this.all.length;
  }
}
