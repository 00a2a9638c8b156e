import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ByteLineSplitter } from '@salw/watchlists';
import type { ReplayBatch, ReplayProgress, ReplayRecord } from './replay-batch.model';

export interface NdjsonReplayOptions {
  /** Lines per batch handed on (default 1,000). */
  readonly batchLines?: number;
  /** Progress in bytes of the file: `read` and `total` are bytes here. */
  readonly onProgress?: (progress: ReplayProgress) => void;
}

/**
 * Reads declarations exported as NDJSON (one per line) as a replay: each non-blank line becomes a
 * record of partition 0 whose offset is its 1-based line number, so an error names the line, and the
 * line's bytes are kept undecoded (invalid UTF-8 is reported by the screening, not repaired here).
 */
export async function* replayNdjsonFile(
  path: string,
  options: NdjsonReplayOptions = {},
): AsyncGenerator<ReplayBatch> {
  const size = (await stat(path)).size;
  const batchLines = options.batchLines ?? 1_000;
  let pending: ReplayRecord[] = [];
  const splitter = new ByteLineSplitter((bytes, line) => {
    if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) return;
    pending.push({ partition: 0, offset: String(line), key: null, value: bytes });
  });
  let bytesRead = 0;
  const batch = (): ReplayBatch => {
    const records = pending;
    pending = [];
    return { records, nextOffsets: new Map([[0, String(Number(records[records.length - 1].offset) + 1)]]) };
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    splitter.write(chunk);
    bytesRead += chunk.length;
    while (pending.length >= batchLines) {
      const rest = pending.splice(batchLines);
      const full = batch();
      pending = rest;
      options.onProgress?.({ read: bytesRead, total: size, done: 0, of: 1 });
      yield full;
    }
  }
  splitter.end();
  options.onProgress?.({ read: size, total: size, done: 1, of: 1 });
  if (pending.length > 0) yield batch();
}
