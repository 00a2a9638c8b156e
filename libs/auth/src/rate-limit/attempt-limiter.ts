/** Counts failed attempts per key in fixed windows. */
export interface AttemptLimiter {
  /** Whether the key has attempts left in its current window (does not count one). */
  allowed(key: string): Promise<boolean>;
  recordFailure(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}
