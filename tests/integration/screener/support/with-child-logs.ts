import type { ScreenerTestBed } from './screener-test-bed';

/**
 * A test body that, when it fails, carries the log tails of every child the bed started. The bed is
 * read lazily because `beforeAll` creates it after the tests are declared.
 */
export function withChildLogs(
  bed: () => ScreenerTestBed | undefined,
  body: () => Promise<void>,
): () => Promise<void> {
  return async () => {
    const current = bed();
    if (!current) throw new Error('the test bed was not created: see the beforeAll failure above');
    await current.explained(body)();
  };
}
