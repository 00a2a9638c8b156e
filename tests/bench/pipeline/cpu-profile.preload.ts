/**
 * Loaded into the screener with `--import` when the benchmark profiles it: SIGUSR2 starts the V8
 * sampling profiler, the next SIGUSR2 stops it and writes `<BENCH_CPU_PROFILE_DIR>/<pid>-<n>.cpuprofile`.
 * Profiling a window (one phase) instead of the whole life (`--cpu-prof`) keeps startup and the
 * snapshot build out of the picture; and `--cpu-prof` writes nothing when Nest re-raises SIGTERM.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const directory = process.env.BENCH_CPU_PROFILE_DIR;
if (directory) {
  const session = new Session();
  session.connect();
  let profiling = false;
  let written = 0;
  process.on('SIGUSR2', () => {
    if (!profiling) {
      profiling = true;
      session.post('Profiler.enable', () =>
        session.post('Profiler.setSamplingInterval', { interval: 1000 }, () =>
          session.post('Profiler.start'),
        ),
      );
      return;
    }
    profiling = false;
    session.post('Profiler.stop', (error, result) => {
      const file = join(directory, `${process.pid}-${++written}.cpuprofile`);
      writeFileSync(file, error ? JSON.stringify({ error: error.message }) : JSON.stringify(result.profile));
    });
  });
}
