import type { WatchlistFile } from '../model/watchlist-file.model';
import { decodeUtf8Chunks } from '../text/decode-chunks.util';
import { UnConsolidatedListReader, type UnConsolidatedListOptions } from './un-consolidated-list.reader';

/** Streams a UN consolidated list (a Node Readable or any AsyncIterable of bytes or text). */
export async function parseUnConsolidatedList(
  source: AsyncIterable<string | Uint8Array>,
  options: UnConsolidatedListOptions = {},
): Promise<WatchlistFile> {
  const reader = new UnConsolidatedListReader(options);
  for await (const text of decodeUtf8Chunks(source, 'un-sc-xml')) reader.write(text);
  return reader.end();
}

/** Parses a UN consolidated list already held in memory. */
export function parseUnConsolidatedListText(
  text: string,
  options: UnConsolidatedListOptions = {},
): WatchlistFile {
  const reader = new UnConsolidatedListReader(options);
  reader.write(text);
  return reader.end();
}
