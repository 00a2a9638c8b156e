import { watchlistEntryValidator } from '@salw/contracts';
import { parse } from 'csv-parse/sync';
import { WatchlistParseError } from '../errors/watchlist-parse.error';
import type { WatchlistFile } from '../model/watchlist-file.model';
import {
  ContentVersion,
  type LineBasedWatchlistOptions,
  WatchlistFileAssembler,
} from './watchlist-file.assembler';
import { mapWatchlistRecord, violationsToProblems } from './watchlist-record.mapper';

/** The JSON Lines keys of CONTRACTS.md 5.2, used as CSV column names (5.3). */
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
 * Parses a CSV watchlist (CONTRACTS.md 5.3): a header row of JSON Lines key names, then
 * one entry per row; aliases separated by `|`; an empty cell means the field is absent.
 * Rows go through the same contract schema as JSON Lines, so both formats accept
 * exactly the same entries.
 */
export function parseCsvWatchlist(text: string, options: LineBasedWatchlistOptions = {}): WatchlistFile {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const assembler = new WatchlistFileAssembler('csv', options);
  const rows = readRows(content);
  const header = rows[0];
  if (header === undefined) {
    throw new WatchlistParseError('csv', [
      { line: 1, message: `header row is missing; expected columns ${WATCHLIST_CSV_COLUMNS.join(',')}` },
    ]);
  }
  const columns = header.record.map((column) => column.trim());
  checkHeader(columns, header.info.lines);

  for (const row of rows.slice(1)) {
    const line = row.info.lines;
    if (row.record.length !== columns.length) {
      assembler.problem({
        line,
        message: `has ${row.record.length} fields; the header has ${columns.length}`,
      });
      continue;
    }
    const record = toRecord(columns, row.record);
    assembler.observe(line, record['list'], record['entryId']);
    const result = watchlistEntryValidator.check(record);
    if (!result.ok) {
      violationsToProblems(line, result.violations).forEach((problem) => assembler.problem(problem));
      continue;
    }
    const mapped = mapWatchlistRecord(result.value, line);
    if (mapped.kind === 'refused') mapped.problems.forEach((problem) => assembler.problem(problem));
    else assembler.accept(mapped.entry, mapped.warnings);
  }
  return assembler.finish(ContentVersion.of(content));
}

function readRows(content: string): CsvRow[] {
  try {
    return parse(content, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as CsvRow[];
  } catch (error) {
    const context = error as { message?: string; lines?: number };
    throw new WatchlistParseError('csv', [
      {
        ...(typeof context.lines === 'number' ? { line: context.lines } : {}),
        message: `is not valid CSV: ${context.message ?? String(error)}`,
      },
    ]);
  }
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
