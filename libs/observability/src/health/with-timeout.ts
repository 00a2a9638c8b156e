export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * Settles like `work`, or rejects with a {@link TimeoutError} naming `what` after `timeoutMs`.
 * The timer never keeps the process alive, and is cleared as soon as `work` settles.
 */
export function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new TimeoutError(`${what} did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
