import { assertUniqueIds, generatedDeclarations } from './support/declaration-sets';
import { screenerSuite } from './support/screener-suite';
import { expectEachScreenedOnce } from './support/screening-output-report';
import type { ScreenerProcess } from './support/screener-process';
import { waitUntil } from './support/wait-until';

/**
 * Horizontal scale: replicas of one group share the partitions; a replica stopped with SIGTERM
 * finishes and commits its batch, leaves the group, and the survivor takes its partitions over
 * without losing or doubling a result.
 */
describe('screener: two replicas and a graceful stop', () => {
  const suite = screenerSuite('replicas', { startScreener: false });
  let leaving: ScreenerProcess | undefined;

  it(
    'shares the 6 partitions between two replicas, and after SIGTERM to one mid-stream the other takes over with no missing or doubled result or alert',
    suite.test(async (bed) => {
      const declarations = generatedDeclarations(`replicas-${bed.id}`, 3000, 0.05);
      assertUniqueIds(declarations);
      leaving = await bed.startScreener();
      const staying = await bed.startScreener();
      await waitUntil(
        'both replicas to hold partitions',
        () =>
          (leaving!.assignedPartitions()?.length ?? 0) > 0 && (staying.assignedPartitions()?.length ?? 0) > 0,
        {
          timeoutMs: 30_000,
          progress: () =>
            `assigned: ${JSON.stringify(leaving!.assignedPartitions())} and ${JSON.stringify(staying.assignedPartitions())}`,
        },
      );
      expect([...leaving.assignedPartitions()!, ...staying.assignedPartitions()!].sort()).toEqual([
        0, 1, 2, 3, 4, 5,
      ]);

      const outputs = await bed.outputs();
      const results = () => outputs.records(bed.topics.screeningResults).length;
      const stream = bed.streamDeclarations(declarations, { chunkSize: 100, pauseMs: 100 });
      await outputs.waitFor('the first 500 results before the stop', () => results() >= 500, 60_000);
      const stopStarted = Date.now();
      const exit = await leaving.terminate();
      console.info(
        `SIGTERM: ${leaving.name} exited (${JSON.stringify(exit)}) ${Date.now() - stopStarted} ms later, ${stream.sent()} sent, ${results()} results committed`,
      );
      // Nest closes the app on SIGTERM and then re-raises the signal: either ending is a clean one.
      expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);

      await stream.done;
      await waitUntil(
        'the survivor to hold all 6 partitions',
        () => staying.assignedPartitions()?.length === 6,
        { timeoutMs: 60_000 },
      );
      await bed.waitAllConsumed(90_000);
      await outputs.waitFor(`${declarations.length} results`, () => results() >= declarations.length, 60_000);
      console.info(
        `all ${declarations.length} results committed and readable ${Date.now() - stopStarted} ms after SIGTERM`,
      );
      await new Promise((resolve) => setTimeout(resolve, 2_000));

      expectEachScreenedOnce(declarations, outputs, bed.topics);
    }),
    240_000,
  );

  it(
    'lets the replica stopped with SIGTERM finish and commit its batch in flight: no batch fails during the graceful stop',
    suite.test(async () => {
      if (!leaving)
        throw new Error('the hand-over test above did not get as far as starting the leaving replica');
      const failures = leaving
        .tail(400)
        .split('\n')
        .filter((line) => /"msg":"batch failed|RpcExceptionsHandler/.test(line))
        .map((line) => line.slice(0, 400));
      expect(failures).toEqual([]);
    }),
  );
});
