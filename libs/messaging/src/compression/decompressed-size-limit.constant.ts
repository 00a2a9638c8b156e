/**
 * Largest record batch a codec inflates. A fetch brings at most a few MiB of compressed batches and a
 * contract record is at most 2 MiB, so 64 MiB is generous for honest input and stops a decompression
 * bomb from taking the process's memory.
 */
export const MAX_DECOMPRESSED_BATCH_BYTES = 64 * 1024 * 1024;
