/**
 * `npm run -s screen -- [--profile FILE|DIR] --watchlist FILE [--watchlist FILE ...] [--now ISO] INPUT.ndjson|-`
 *
 * Screens declarations (one JSON per line; `-` reads standard input) without Kafka or Redis and writes
 * one ScreeningResult JSON per line to standard output, in input order. An amended version supersedes
 * (a new result with trigger AMENDMENT), a replayed version yields no line, an invalid line gets a
 * clear error on standard error with its line number and is skipped. The summary table (and, on a
 * terminal, a progress line) goes to standard error, so standard output stays pure NDJSON.
 */
import { createReadStream } from 'node:fs';
import { buildSnapshot, compileProfile } from '@salw/risk-engine';
import { WatchlistParseError } from '@salw/watchlists';
import { parseWatchlistFile } from '@salw/watchlists/node';
import { parseArgs, UsageError } from '@salw/config/command-line';
import { readProfileOption } from '@salw/risk-engine/node';
import { OfflineScreeningSession } from './offline-screening.session';
import { ScreeningSummary } from './screening-summary';
import { splitLines } from './split-lines';

const USAGE =
  'usage: npm run -s screen -- [--profile FILE|DIR] --watchlist FILE [--watchlist FILE ...] [--now ISO-TIME] INPUT.ndjson|-';

async function writeLine(text: string): Promise<void> {
  if (!process.stdout.write(`${text}\n`))
    await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['profile', 'watchlist', 'now']);
  if (args.positional.length !== 1)
    throw new UsageError(
      args.positional.length === 0 ? 'give the input file (or - for standard input)' : 'give one input file',
    );
  const watchlistPaths = args.options.get('watchlist') ?? [];
  if (watchlistPaths.length === 0) throw new UsageError('give at least one --watchlist FILE');
  const nowOption = args.options.get('now')?.[0];
  const fixedNow = nowOption === undefined ? undefined : new Date(nowOption);
  if (fixedNow && Number.isNaN(fixedNow.getTime()))
    throw new UsageError(`--now must be an ISO time, e.g. 2026-11-29T10:00:00Z (got "${nowOption}")`);

  const profile = compileProfile(await readProfileOption(args.options.get('profile')?.[0]));
  const files = [];
  for (const path of watchlistPaths) {
    const file = await parseWatchlistFile(path);
    files.push(file);
    process.stderr.write(
      `watchlist ${path}: "${file.list}" ${file.entries.length} entries (${file.format}, ${file.version})\n`,
    );
    for (const warning of file.warnings.slice(0, 5)) process.stderr.write(`  warning: ${warning.message}\n`);
  }
  const snapshot = buildSnapshot({ profile, watchlists: files });
  const session = new OfflineScreeningSession(snapshot, () => fixedNow ?? new Date());
  const summary = new ScreeningSummary();
  const input = args.positional[0] === '-' ? process.stdin : createReadStream(args.positional[0]);
  const tty = process.stderr.isTTY === true;
  let lastDraw = 0;
  const draw = (force = false) => {
    if (!tty) return;
    const now = performance.now();
    if (!force && now - lastDraw < 200) return;
    lastDraw = now;
    process.stderr.write(`\r\x1b[K${summary.progressLine()}`);
  };

  for await (const { line, bytes } of splitLines(input)) {
    if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x09)) {
      summary.blank++;
      continue;
    }
    const outcome = await session.screen(bytes);
    if (outcome.kind === 'screened') {
      summary.add(outcome.result);
      await writeLine(JSON.stringify(outcome.result));
    } else if (outcome.kind === 'replay') {
      summary.replays++;
    } else {
      summary.invalid++;
      if (tty) process.stderr.write('\r\x1b[K');
      process.stderr.write(`line ${line}: ${outcome.reason}: ${outcome.message}\n`);
    }
    draw();
  }
  if (tty) process.stderr.write('\r\x1b[K');
  process.stderr.write(`\n${summary.table()}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`screen: ${error.message}\n${USAGE}\n`);
    else if (error instanceof WatchlistParseError)
      process.stderr.write(`screen: watchlist refused:\n${error.message}\n`);
    else process.stderr.write(`screen: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
