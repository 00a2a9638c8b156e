// Support every package's benchmarks share: where the repository is, how figures are written under
// reports/, and how memory and speed are read. Benches import it as @salw/benchmarking, never from tests/.
export { repoRoot } from './repo-root';
export { writeBenchReport } from './write-bench-report';
export { collectGarbage } from './collect-garbage';
export { settledMemory } from './settled-memory';
export { opsPerSecond } from './ops-per-second';
