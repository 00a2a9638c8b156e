import { sleep } from './wall-clock';

interface Step {
  readonly what: string;
  readonly run: () => Promise<void>;
}

/**
 * What the benchmark must undo whatever happens (topics, consumer groups, Redis keys, child
 * processes): steps run last-registered first, each within a time limit, once, also on Ctrl-C.
 * `killNow` handlers are synchronous so they also run from the process 'exit' event.
 */
export class BenchCleanup {
  private readonly steps: Step[] = [];
  private readonly killers = new Set<() => void>();
  private ran?: Promise<void>;

  add(what: string, run: () => Promise<void>): () => Promise<void> {
    const step = { what, run };
    this.steps.push(step);
    // Running a step early (its phase ended normally) takes it off the list.
    return async () => {
      const index = this.steps.indexOf(step);
      if (index >= 0) this.steps.splice(index, 1);
      await runBounded(step);
    };
  }

  addKiller(kill: () => void): () => void {
    this.killers.add(kill);
    return () => this.killers.delete(kill);
  }

  killAll(): void {
    for (const kill of this.killers) kill();
  }

  runAll(): Promise<void> {
    this.ran ??= (async () => {
      this.killAll();
      while (this.steps.length > 0) await runBounded(this.steps.pop()!);
    })();
    return this.ran;
  }

  /** Ctrl-C / SIGTERM: stop the children at once, undo the rest, exit 130. */
  installSignalHandlers(): void {
    const onSignal = (signal: NodeJS.Signals) => {
      process.stderr.write(
        `\n${signal}: stopping the screener and removing what the benchmark created ...\n`,
      );
      void this.runAll().finally(() => process.exit(130));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    process.once('exit', () => this.killAll());
  }
}

async function runBounded(step: Step, limitMs = 30_000): Promise<void> {
  try {
    const outcome = await Promise.race([
      step.run().then(() => 'done' as const),
      sleep(limitMs).then(() => 'timeout' as const),
    ]);
    if (outcome === 'timeout')
      process.stderr.write(`cleanup: ${step.what} took over ${limitMs / 1000} s; left as it is\n`);
  } catch (error) {
    process.stderr.write(
      `cleanup: ${step.what} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
}
