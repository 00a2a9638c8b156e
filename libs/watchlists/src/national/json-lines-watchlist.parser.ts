import { watchlistEntryValidator } from '@salw/contracts';
import type { WatchlistFile } from '../model/watchlist-file.model';
import { type LineBasedWatchlistOptions, WatchlistFileAssembler } from './watchlist-file.assembler';
import { mapWatchlistRecord, violationsToProblems } from './watchlist-record.mapper';

/**
 * Parses a JSON Lines watchlist (CONTRACTS.md 5.2): one entry per line, blank lines
 * ignored. Each line is checked against the contract's watchlist-entry schema; the
 * file is refused as a whole, with every problem by line, if any line is wrong.
 */
export function parseJsonLinesWatchlist(
  text: string,
  options: LineBasedWatchlistOptions = {},
): WatchlistFile {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const assembler = new WatchlistFileAssembler('jsonl', options);
  content.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
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
  });
  return assembler.finish(content);
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
