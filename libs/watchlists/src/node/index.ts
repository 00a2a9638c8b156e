export * from './watchlist-file.reader';
