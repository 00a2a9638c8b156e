/**
 * One measured import, run in a process of its own so that its peak RSS is its own:
 * `import-run.child.ts <streamed|simple|streamed+diff> <file> <redis-prefix>`; prints one JSON line of
 * figures and deletes what it stored. `streamed+diff` is what the registry's import does when the list
 * has an active version: the file is imported twice and the second version diffed against the first
 * (bounded diff, 100 entries named); `diffSeconds` is the diff's share.
 */
import Redis from 'ioredis';
import { KeySpace, SnapshotStoreRepository, diffStoredWatchlists, importWatchlistFile } from '@salw/store';
import { parseWatchlistFile } from '@salw/watchlists/node';

async function main(): Promise<void> {
  const [method, path, prefix] = process.argv.slice(2);
  if (!['streamed', 'simple', 'streamed+diff'].includes(method ?? '') || !path || !prefix)
    throw new Error('usage: import-run.child.ts <streamed|simple|streamed+diff> <file> <redis-prefix>');
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const keys = new KeySpace(prefix);
  let sampledPeak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
  }, 25);
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  let entries: number;
  let list: string;
  let diffSeconds: number | undefined;
  if (method === 'streamed' || method === 'streamed+diff') {
    const imported = await importWatchlistFile(path, { redis, keys });
    entries = imported.entries;
    list = imported.list;
    if (method === 'streamed+diff') {
      const again = await importWatchlistFile(path, { redis, keys });
      const diffStarted = process.hrtime.bigint();
      const { counts } = await diffStoredWatchlists(list, imported.version, again.version, {
        redis,
        keys,
        maxNamed: 100,
      });
      diffSeconds = +(Number(process.hrtime.bigint() - diffStarted) / 1e9).toFixed(2);
      if (counts.unchanged !== entries)
        throw new Error(`the same file twice should diff as unchanged: ${JSON.stringify(counts)}`);
    }
  } else {
    const file = await parseWatchlistFile(path);
    await new SnapshotStoreRepository(redis, keys).saveWatchlist(file);
    entries = file.entries.length;
    list = file.list;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  const storedBytes = await redis.memory('USAGE', keys.watchlistEntries(list, 1), 'SAMPLES', '0');
  const figures = {
    method,
    entries,
    seconds: +(ms / 1000).toFixed(2),
    entriesPerSecond: Math.round(entries / (ms / 1000)),
    // The importer's own CPU time (user + system), steadier than wall time on a shared machine.
    cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
    ...(diffSeconds !== undefined ? { diffSeconds } : {}),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    sampledPeakRssMiB: Math.round(sampledPeak / 1024 / 1024),
    storedMiB: +(Number(storedBytes ?? 0) / 1024 / 1024).toFixed(1),
  };
  for (let cursor = '0'; ;) {
    const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (found.length > 0) await redis.unlink(...found);
    if ((cursor = next) === '0') break;
  }
  await redis.quit();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
