import { isUtf8 } from 'node:buffer';
import { watchlistEntryValidator } from '@salw/contracts';
import {
  CollectingEntrySink,
  collectStreamedWatchlist,
  type StreamedWatchlist,
  type WatchlistEntrySink,
} from '../model/watchlist-entry.sink';
import type { WatchlistFile } from '../model/watchlist-file.model';
import { ByteLineSplitter } from '../text/byte-line.splitter';
import { ByteOrderMarkStripper } from '../text/byte-order-mark.stripper';
import { utf8Pieces } from '../text/utf8-pieces.util';
import {
  ContentVersion,
  type LineBasedWatchlistOptions,
  WatchlistFileAssembler,
} from './watchlist-file.assembler';
import { mapWatchlistRecord, violationsToProblems } from './watchlist-record.mapper';

/**
 * Reads a JSON Lines watchlist (docs/contracts.md 5.2) written to it as bytes in pieces of any size: one
 * entry per line (LF or CRLF), blank lines ignored. Each line is checked against the contract's
 * watchlist-entry schema as soon as it is complete and its entry handed to the sink, so only one
 * unfinished line is held, never the whole text; the file is refused as a whole, with every problem by line (a line
 * that is not UTF-8 among them), if any line is wrong. The version is the SHA-256 of the content
 * without a byte-order mark, however it was cut into pieces.
 */
export class JsonLinesWatchlistReader {
  private readonly assembler: WatchlistFileAssembler;
  private readonly version = new ContentVersion();
  private readonly lines = new ByteLineSplitter((bytes, line) => this.line(bytes, line));
  private readonly byteOrderMark = new ByteOrderMarkStripper();

  constructor(sink: WatchlistEntrySink, options: LineBasedWatchlistOptions = {}) {
    this.assembler = new WatchlistFileAssembler('jsonl', sink, options);
  }

  /** Entries accepted so far. */
  get entryCount(): number {
    return this.assembler.entryCount;
  }

  write(piece: Uint8Array): void {
    this.content(this.byteOrderMark.write(piece));
  }

  end(): StreamedWatchlist {
    this.content(this.byteOrderMark.end());
    this.lines.end();
    return this.assembler.finish(this.version.value());
  }

  private content(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.version.add(bytes);
    this.lines.write(bytes);
  }

  private line(bytes: Buffer, line: number): void {
    if (bytes.length === 0) return;
    const assembler = this.assembler;
    if (!isUtf8(bytes)) {
      assembler.problem({ line, message: 'is not valid UTF-8' });
      return;
    }
    const raw = bytes.toString('utf8');
    if (raw.trim() === '') return;
    const result = watchlistEntryValidator.parse(raw);
    if (!result.ok) {
      observeRaw(assembler, line, raw);
      violationsToProblems(line, result.violations).forEach((problem) => assembler.problem(problem));
      return;
    }
    assembler.observe(line, result.value.list, result.value.entryId);
    const mapped = mapWatchlistRecord(result.value, line);
    if (mapped.kind === 'refused') mapped.problems.forEach((problem) => assembler.problem(problem));
    else assembler.accept(mapped.entry, mapped.warnings);
  }
}

/** Parses a JSON Lines watchlist held in memory (see {@link JsonLinesWatchlistReader}). */
export function parseJsonLinesWatchlist(
  text: string,
  options: LineBasedWatchlistOptions = {},
): WatchlistFile {
  const entries = new CollectingEntrySink();
  const reader = new JsonLinesWatchlistReader(entries, options);
  reader.write(Buffer.from(text, 'utf8'));
  return entries.file(reader.end());
}

/**
 * Parses a JSON Lines watchlist as it streams (a Node Readable or any AsyncIterable of bytes or text):
 * a national list of a million entries is read without ever holding its text whole.
 */
export function parseJsonLinesWatchlistStream(
  source: AsyncIterable<string | Uint8Array>,
  options: LineBasedWatchlistOptions = {},
): Promise<WatchlistFile> {
  return collectStreamedWatchlist(streamJsonLinesWatchlist, source, options);
}

/** Streams a JSON Lines watchlist into `sink`, waiting for the sink to drain after every piece read. */
export async function streamJsonLinesWatchlist(
  source: AsyncIterable<string | Uint8Array>,
  sink: WatchlistEntrySink,
  options: LineBasedWatchlistOptions = {},
): Promise<StreamedWatchlist> {
  const reader = new JsonLinesWatchlistReader(sink, options);
  for await (const piece of utf8Pieces(source)) {
    reader.write(piece);
    if (sink.drain) await sink.drain();
  }
  return reader.end();
}

/** A schema-invalid line still counts for list consistency and entryId uniqueness when its JSON is readable. */
function observeRaw(assembler: WatchlistFileAssembler, line: number, raw: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return;
  }
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const record = parsed as Record<string, unknown>;
    assembler.observe(line, record['list'], record['entryId']);
  }
}
