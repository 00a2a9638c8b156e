import { collectGarbage } from './collect-garbage';

/** How long settledMemory waits after the collection: one turn of the event loop, with room to spare. */
const SETTLE_MILLISECONDS = 500;

/**
 * Memory use after a full garbage collection and one turn of the event loop. V8 gives the pages a
 * collection freed back to the OS in a task it runs after the collection; a bench that never yields
 * reads RSS before that task ran (bench:engine at 1M entries: 518 MB read right after the collection,
 * 394 MB one turn later; it then stays there). A screener yields between every batch, so the later
 * figure is what a screener holds.
 */
export async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MILLISECONDS));
  return process.memoryUsage();
}
