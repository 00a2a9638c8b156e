/** A full garbage collection, when node runs with --expose-gc (the benches that read memory do). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
