import { createProgressBar } from '@salw/config/command-line';
import type { ReplayProgress } from '@salw/messaging';

/** An `onProgress` for a replay of the declarations topic (backtest, retro-screen): a bar of the records read, with the rate. */
export function replayProgressBar(label: string): {
  onProgress: (progress: ReplayProgress) => void;
  finish: () => void;
} {
  const bar = createProgressBar(label);
  const started = performance.now();
  return {
    onProgress: ({ read, total }) => {
      const rate = read / Math.max(0.001, (performance.now() - started) / 1000);
      bar.update(read, total, `${read}/${total} ${Math.round(rate)}/s`);
    },
    finish: () => bar.finish(),
  };
}
