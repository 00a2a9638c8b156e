import { LatencyWindow } from './latency-window';

describe('latency percentiles for the live line', () => {
  it('gives nearest-rank percentiles over all samples and over the recent window', () => {
    const window = new LatencyWindow(1_000);
    [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].forEach((ms, i) => window.add(ms, i < 5 ? 0 : 5_000));
    expect(window.percentile(50, 'all')).toBe(50);
    expect(window.percentile(99, 'all')).toBe(100);
    expect(window.percentile(50, 'recent', 5_500)).toBe(80);
    expect(new LatencyWindow().percentile(50)).toBeUndefined();
  });
});
