export * from './model/watchlist-entry.model';
export * from './model/watchlist-file.model';
export * from './model/watchlist-entry.sink';
export * from './errors/watchlist-parse.error';
export * from './countries/country-name.resolver';
export * from './un-sc/un-consolidated-list.reader';
export * from './un-sc/parse-un-consolidated-list';
export * from './national/watchlist-file.assembler';
export {
  WATCHLIST_CSV_COLUMNS,
  parseCsvWatchlist,
  parseCsvWatchlistStream,
  streamCsvWatchlist,
} from './national/csv-watchlist.parser';
export * from './national/json-lines-watchlist.parser';
export * from './format/watchlist-format.detector';
export * from './format/parse-watchlist';
export * from './identifiers/container-number.normaliser';
export * from './identifiers/imo-number.normaliser';
export * from './identifiers/trader-id.normaliser';
export * from './identifiers/address-key.normaliser';
export * from './text/byte-line.splitter';
export * from './diff/diff-watchlist-entries';
export * from './bounded-diff/bounded-watchlist.diff';
