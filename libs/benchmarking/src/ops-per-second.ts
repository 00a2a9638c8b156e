/** Runs `fn` repeatedly for about `seconds` after a warm-up; returns operations per second. */
export function opsPerSecond(fn: () => void, seconds = 2): number {
  const warmUntil = performance.now() + 300;
  while (performance.now() < warmUntil) fn();
  let ops = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) fn();
    ops += 100;
  }
  return ops / ((performance.now() - start) / 1000);
}
