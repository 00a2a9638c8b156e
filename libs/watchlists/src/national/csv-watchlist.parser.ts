import { pipeline } from 'node:stream/promises';
import { watchlistEntryValidator } from '@salw/contracts';
import { parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { WatchlistParseError } from '../errors/watchlist-parse.error';
import {
  CollectingEntrySink,
  collectStreamedWatchlist,
  type StreamedWatchlist,
  type WatchlistEntrySink,
} from '../model/watchlist-entry.sink';
import type { WatchlistFile } from '../model/watchlist-file.model';
import { ByteOrderMarkStripper } from '../text/byte-order-mark.stripper';
import { utf8Pieces } from '../text/utf8-pieces.util';
import {
  ContentVersion,
  type LineBasedWatchlistOptions,
  WatchlistFileAssembler,
} from './watchlist-file.assembler';
import { mapWatchlistRecord, violationsToProblems } from './watchlist-record.mapper';

/** The JSON Lines keys of docs/contracts.md 5.2, used as CSV column names (5.3). */
export const WATCHLIST_CSV_COLUMNS = [
  'list',
  'entryId',
  'kind',
  'name',
  'aliases',
  'country',
  'reason',
  'points',
  'listedOn',
  'expiresOn',
  'value',
] as const;
const REQUIRED_COLUMNS = ['list', 'entryId', 'kind'] as const;
const ALIAS_SEPARATOR = '|';

interface CsvRow {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/**
 * Longest record, in characters: an entry with a hundred aliases is a few KiB. Without a cap, an
 * unclosed quote made the parser hold the rest of the file as one growing record.
 */
export const MAX_CSV_RECORD_CHARS = 64 * 1024;

const CSV_OPTIONS = {
  info: true,
  relax_column_count: true,
  skip_empty_lines: true,
  max_record_size: MAX_CSV_RECORD_CHARS,
} as const;

/**
 * Turns the rows of a CSV watchlist (docs/contracts.md 5.3) into entries as they are read: a header row of
 * JSON Lines key names, then one entry per row; aliases separated by `|`; an empty cell means the
 * field is absent. Rows go through the same contract schema as JSON Lines, so both formats accept
 * exactly the same entries.
 */
class CsvWatchlistRows {
  private columns: readonly string[] | undefined;

  constructor(private readonly assembler: WatchlistFileAssembler) {}

  add(row: CsvRow): void {
    const line = row.info.lines;
    if (this.columns === undefined) {
      this.columns = row.record.map((column) => column.trim());
      checkHeader(this.columns, line);
      return;
    }
    const columns = this.columns;
    const assembler = this.assembler;
    if (row.record.length !== columns.length) {
      assembler.problem({
        line,
        message: `has ${row.record.length} fields; the header has ${columns.length}`,
      });
      return;
    }
    const record = toRecord(columns, row.record);
    assembler.observe(line, record['list'], record['entryId']);
    const result = watchlistEntryValidator.check(record);
    if (!result.ok) {
      violationsToProblems(line, result.violations).forEach((problem) => assembler.problem(problem));
      return;
    }
    const mapped = mapWatchlistRecord(result.value, line);
    if (mapped.kind === 'refused') mapped.problems.forEach((problem) => assembler.problem(problem));
    else assembler.accept(mapped.entry, mapped.warnings);
  }

  finish(version: string): StreamedWatchlist {
    if (this.columns === undefined) {
      throw new WatchlistParseError('csv', [
        { line: 1, message: `header row is missing; expected columns ${WATCHLIST_CSV_COLUMNS.join(',')}` },
      ]);
    }
    return this.assembler.finish(version);
  }
}

/** Parses a CSV watchlist held in memory (see {@link CsvWatchlistRows}). */
export function parseCsvWatchlist(text: string, options: LineBasedWatchlistOptions = {}): WatchlistFile {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const entries = new CollectingEntrySink();
  const rows = new CsvWatchlistRows(new WatchlistFileAssembler('csv', entries, options));
  let parsed: CsvRow[];
  try {
    parsed = parse(content, CSV_OPTIONS) as unknown as CsvRow[];
  } catch (error) {
    throw isCsvError(error) ? unreadableCsv(error) : error;
  }
  for (const row of parsed) rows.add(row);
  return entries.file(rows.finish(ContentVersion.of(content)));
}

/**
 * Parses a CSV watchlist as it streams (a Node Readable or any AsyncIterable of bytes or text): rows
 * are checked as they are read, so a list of a million entries is never held as text whole. The
 * version is the digest parseCsvWatchlist gives the same content.
 */
export function parseCsvWatchlistStream(
  source: AsyncIterable<string | Uint8Array>,
  options: LineBasedWatchlistOptions = {},
): Promise<WatchlistFile> {
  return collectStreamedWatchlist(streamCsvWatchlist, source, options);
}

/** Streams a CSV watchlist into `sink`, waiting for the sink to drain after every row read. */
export async function streamCsvWatchlist(
  source: AsyncIterable<string | Uint8Array>,
  sink: WatchlistEntrySink,
  options: LineBasedWatchlistOptions = {},
): Promise<StreamedWatchlist> {
  const rows = new CsvWatchlistRows(new WatchlistFileAssembler('csv', sink, options));
  const version = new ContentVersion();
  const parser = parseStream(CSV_OPTIONS);
  try {
    await pipeline(decodedContent(source, version), parser, async (parsed: AsyncIterable<CsvRow>) => {
      for await (const row of parsed) {
        rows.add(row);
        if (sink.drain) await sink.drain();
      }
    });
  } catch (error) {
    if (error instanceof WatchlistParseError) throw error;
    if ((error as { code?: unknown }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      throw new WatchlistParseError('csv', [
        { message: `is not valid UTF-8 (the first bad bytes come after line ${parser.info.lines})` },
      ]);
    }
    if (isCsvError(error)) throw unreadableCsv(error);
    throw error;
  }
  return rows.finish(version.value());
}

/** The text of a byte or text stream without a byte-order mark, hashed into `version` as it passes. */
async function* decodedContent(
  source: AsyncIterable<string | Uint8Array>,
  version: ContentVersion,
): AsyncGenerator<string> {
  const byteOrderMark = new ByteOrderMarkStripper();
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for await (const piece of utf8Pieces(source)) {
    const bytes = byteOrderMark.write(piece);
    version.add(bytes);
    const text = decoder.decode(bytes, { stream: true });
    if (text !== '') yield text;
  }
  const rest = byteOrderMark.end();
  version.add(rest);
  const text = decoder.decode(rest);
  if (text !== '') yield text;
}

/** csv-parse's own errors (CsvError) carry codes such as CSV_QUOTE_NOT_CLOSED; others (a failing read) are not about the CSV. */
function isCsvError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('CSV_');
}

function unreadableCsv(error: unknown): WatchlistParseError {
  const context = error as { message?: string; lines?: number };
  return new WatchlistParseError('csv', [
    {
      ...(typeof context.lines === 'number' ? { line: context.lines } : {}),
      message: `is not valid CSV: ${context.message ?? String(error)}`,
    },
  ]);
}

function checkHeader(columns: readonly string[], line: number): void {
  const known: ReadonlySet<string> = new Set(WATCHLIST_CSV_COLUMNS);
  const problems = [
    ...columns
      .filter((column) => !known.has(column))
      .map((column) => ({
        line,
        field: column === '' ? '(empty column name)' : column,
        message: `unknown column; allowed: ${WATCHLIST_CSV_COLUMNS.join(', ')}`,
      })),
    ...columns
      .filter((column, index) => columns.indexOf(column) !== index)
      .map((column) => ({ line, field: column, message: 'column appears more than once' })),
    ...REQUIRED_COLUMNS.filter((column) => !columns.includes(column)).map((column) => ({
      line,
      field: column,
      message: 'required column is missing from the header row',
    })),
  ];
  if (problems.length > 0) throw new WatchlistParseError('csv', problems);
}

/** CSV cells are text; convert them to the JSON Lines value types so one schema checks both. */
function toRecord(columns: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    const cell = (cells[index] ?? '').trim();
    if (cell === '') return;
    if (column === 'aliases') record[column] = cell.split(ALIAS_SEPARATOR).map((alias) => alias.trim());
    else if (column === 'points') record[column] = /^-?\d+$/u.test(cell) ? Number(cell) : cell;
    else record[column] = cell;
  });
  return record;
}
