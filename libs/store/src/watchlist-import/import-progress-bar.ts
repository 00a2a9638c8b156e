import { createProgressBar, type ProgressBarOptions } from '@salw/config/command-line';
import type { ImportProgress } from './import-watchlist-file';

/** An `onProgress` for importWatchlistFile that draws a bar of the bytes read, with the entries so far. */
export function importProgressBar(
  label: string,
  options: ProgressBarOptions = {},
): { onProgress: (progress: ImportProgress) => void; finish: (detail?: string) => void } {
  const bar = createProgressBar(label, options);
  return {
    onProgress: ({ bytesRead, totalBytes, entries }) =>
      bar.update(
        bytesRead,
        totalBytes,
        `${entries.toLocaleString('en')} entries, ${mebibytes(bytesRead)}/${mebibytes(totalBytes)} MiB`,
      ),
    finish: (detail) => bar.finish(detail),
  };
}

function mebibytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
