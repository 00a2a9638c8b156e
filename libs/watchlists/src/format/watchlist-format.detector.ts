import type { WatchlistFormat } from '../model/watchlist-file.model';

/** Enough of a file's start to see past an XML declaration and comments to the root element. */
export const FORMAT_SNIFF_BYTES = 4096;

/**
 * Decides the import format from the file name and the first bytes. The UN list is
 * recognised by content (it is published as `.xml` under varying names); JSON Lines and
 * CSV by extension, else by content: a line starting with `{` is JSON Lines, a first
 * line naming the `entryId` column is CSV. Returns undefined when nothing fits.
 */
export function detectWatchlistFormat(
  fileName: string,
  firstBytes: Uint8Array | string,
): WatchlistFormat | undefined {
  const head = (
    typeof firstBytes === 'string' ? firstBytes : new TextDecoder('utf-8').decode(firstBytes)
  ).replace(/^\uFEFF/u, '');
  if (/<CONSOLIDATED_LIST[\s>/]/u.test(head)) return 'un-sc-xml';
  const extension = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  if (extension === 'csv') return 'csv';
  const start = head.trimStart();
  if (start.startsWith('{')) return 'jsonl';
  const firstLine = start.split(/\r?\n/u, 1)[0] ?? '';
  if (/(^|[,;])\s*"?entryId"?\s*([,;]|$)/u.test(firstLine)) return 'csv';
  return undefined;
}
