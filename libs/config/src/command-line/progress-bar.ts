export interface ProgressBarOptions {
  /** Where the bar is drawn; standard error, so that standard output stays the command's result. */
  readonly stream?: Pick<NodeJS.WriteStream, 'write'> & { readonly isTTY?: boolean };
  /** Least time between two redraws. */
  readonly intervalMs?: number;
  readonly width?: number;
  readonly now?: () => number;
}

export interface ProgressBar {
  /** Redraws when `intervalMs` has passed since the last redraw (or when done reaches total). */
  update(done: number, total: number, detail?: string): void;
  /** Draws the final state and ends the line. */
  finish(detail?: string): void;
}

/**
 * A one-line terminal progress bar, `label [#####.....]  42%  detail`, redrawn in place with a
 * carriage return at most every `intervalMs`. When the stream is not a terminal (a log file, CI), it
 * writes a plain line at each whole 10 % instead, so logs stay short.
 */
export function createProgressBar(label: string, options: ProgressBarOptions = {}): ProgressBar {
  const stream = options.stream ?? process.stderr;
  const interval = options.intervalMs ?? 200;
  const width = options.width ?? 30;
  const now = options.now ?? Date.now;
  const terminal = stream.isTTY === true;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let lastTenth = -1;
  let state = { done: 0, total: 0, detail: '' };

  const line = (): string => {
    const ratio = state.total > 0 ? Math.min(1, state.done / state.total) : 0;
    const filled = Math.round(ratio * width);
    const percent = `${Math.floor(ratio * 100)}`.padStart(3);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}%${state.detail ? `  ${state.detail}` : ''}`;
  };

  return {
    update(done, total, detail = '') {
      state = { done, total, detail };
      if (terminal) {
        const at = now();
        if (at - lastDraw < interval && done < total) return;
        lastDraw = at;
        stream.write(`\r${line()}\u001b[K`);
        return;
      }
      const tenth = total > 0 ? Math.floor((Math.min(done, total) / total) * 10) : 0;
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${line()}\n`);
    },
    finish(detail) {
      if (detail !== undefined) state = { ...state, detail };
      if (terminal) stream.write(`\r${line()}\u001b[K\n`);
      // A plain log already has the 100 % line unless there is something new to say.
      else if (lastTenth !== 10 || detail !== undefined) stream.write(`${line()}\n`);
    },
  };
}
