import type { ReplayProgress } from '@salw/messaging';

/**
 * A progress bar on standard error (standard output stays the report): redrawn at most five times a
 * second on a terminal, one line every ten seconds otherwise so a log still shows the run advancing.
 */
export class ProgressBar {
  private lastDraw = 0;
  private readonly started = performance.now();

  constructor(
    private readonly label: string,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  update(progress: ReplayProgress, force = false): void {
    const now = performance.now();
    const tty = this.out.isTTY === true;
    if (!force && now - this.lastDraw < (tty ? 200 : 10_000)) return;
    this.lastDraw = now;
    const share = progress.total > 0 ? Math.min(1, progress.read / progress.total) : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const rate = progress.read / Math.max(0.001, (now - this.started) / 1000);
    const line = `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${progress.read}/${progress.total} ${Math.round(rate)}/s`;
    this.out.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
  }

  finish(): void {
    if (this.out.isTTY === true) this.out.write('\n');
  }
}
