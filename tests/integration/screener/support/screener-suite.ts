import { ScreenerTestBed } from './screener-test-bed';
import { withChildLogs } from './with-child-logs';

export interface ScreenerSuite {
  /** A test body run on the suite's bed; when it fails, the screeners' logs are shown with the error. */
  test(body: (bed: ScreenerTestBed) => Promise<void>): () => Promise<void>;
}

/**
 * The bed the tests of one `describe` share: created and seeded before the first test (with one
 * screener started, unless the tests start their own), closed after the last.
 */
export function screenerSuite(name: string, options: { startScreener?: boolean } = {}): ScreenerSuite {
  let bed: ScreenerTestBed | undefined;
  beforeAll(async () => {
    bed = await ScreenerTestBed.create(name);
    await bed.seed();
    if (options.startScreener ?? true) await bed.startScreener();
  });
  afterAll(() => bed?.close());
  return {
    test: (body) =>
      withChildLogs(
        () => bed,
        () => body(bed!),
      ),
  };
}
