import { assertUniqueIds, generatedDeclarations } from './support/declaration-sets';
import { screenerSuite } from './support/screener-suite';
import { expectEachScreenedOnce } from './support/screening-output-report';

/**
 * A screener killed with SIGKILL gets no chance to finish anything: its open transaction must be
 * aborted (fenced) by the replacement, and every declaration must still come out exactly once.
 */
describe('screener: crash (kill -9) mid-stream', () => {
  const suite = screenerSuite('kill9', { startScreener: false });

  it(
    'loses and doubles no result or alert when the screener is killed with SIGKILL while 3000 declarations flow and a new one takes over',
    suite.test(async (bed) => {
      const declarations = generatedDeclarations(`kill9-${bed.id}`, 3000, 0.05);
      assertUniqueIds(declarations);
      const first = await bed.startScreener();
      const outputs = await bed.outputs();
      const results = () => outputs.records(bed.topics.screeningResults).length;

      const stream = bed.streamDeclarations(declarations, { chunkSize: 100, pauseMs: 100 });
      await outputs.waitFor('the first 500 results before the crash', () => results() >= 500, 60_000);
      await first.killHard();
      const atCrash = { sent: stream.sent(), results: results() };
      console.info(
        `kill -9 of ${first.name} (pid ${first.pid}) after ${atCrash.sent} declarations sent and ${atCrash.results} results committed`,
      );
      expect(first.exitInfo).toEqual({ code: null, signal: 'SIGKILL' });
      expect(atCrash.results).toBeLessThan(declarations.length);

      const crashedAt = Date.now();
      await bed.startScreener();
      await stream.done;
      await bed.waitAllConsumed(120_000);
      await outputs.waitFor(`${declarations.length} results`, () => results() >= declarations.length, 60_000);
      console.info(
        `all ${declarations.length} results committed and readable ${Date.now() - crashedAt} ms after the crash`,
      );
      await new Promise((resolve) => setTimeout(resolve, 2_000));

      expectEachScreenedOnce(declarations, outputs, bed.topics);
      expect(outputs.records(bed.topics.declarationsDlq)).toHaveLength(0);
    }),
    240_000,
  );
});
