/**
 * `npm run -s seed -- [--profile FILE|DIR] --watchlist FILE [--watchlist FILE ...]`
 *
 * Loads a risk profile (salw-default without --profile) and watchlists (UN consolidated list XML,
 * JSON Lines or CSV, recognised by content or extension) into Redis as new versions, and activates
 * them in one step: running screeners switch to them within their poll interval. Lists not named
 * keep their active version. A bad file is refused whole and nothing is activated.
 */
import { loadConfig, redisConfig } from '@salw/config';
import { WatchlistParseError, type WatchlistFile } from '@salw/watchlists';
import { parseWatchlistFile } from '@salw/watchlists/node';
import { createRedisClient, KeySpace, SnapshotStoreRepository } from '@salw/store';
import { parseArgs, UsageError } from '../shared/parse-args';
import { readProfileOption } from '../shared/read-profile-option';

const USAGE = 'usage: npm run -s seed -- [--profile FILE|DIR] --watchlist FILE [--watchlist FILE ...]';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['profile', 'watchlist']);
  if (args.positional.length > 0) throw new UsageError(`unexpected argument ${args.positional[0]}`);
  const profileOption = args.options.get('profile');
  if ((profileOption?.length ?? 0) > 1) throw new UsageError('give --profile once');
  const watchlistPaths = args.options.get('watchlist') ?? [];

  const profile = await readProfileOption(profileOption?.[0]);
  const files: WatchlistFile[] = [];
  for (const path of watchlistPaths) {
    const file = await parseWatchlistFile(path);
    if (files.some((f) => f.list === file.list))
      throw new UsageError(`two files give the list "${file.list}"; give one file per list`);
    files.push(file);
    process.stderr.write(
      `parsed ${path}: list "${file.list}", ${file.entries.length} entries (${file.format}, version ${file.version})${file.warnings.length ? `, ${file.warnings.length} warnings` : ''}\n`,
    );
    for (const warning of file.warnings.slice(0, 10)) process.stderr.write(`  warning: ${warning.message}\n`);
  }

  const config = loadConfig([redisConfig]);
  const redis = createRedisClient(config.redis, { connectionName: 'salw-seed', offlineQueue: true });
  try {
    const store = new SnapshotStoreRepository(redis, new KeySpace(config.redis.keyPrefix));
    const savedProfile = await store.saveProfile(profile);
    const lists: Record<string, number> = {};
    for (const file of files) lists[file.list] = await store.saveWatchlist(file);
    const active = await store.activate(
      { profile: { id: savedProfile.id, version: savedProfile.version }, lists },
      new Date(),
    );
    process.stderr.write(
      `activated #${active.activation}: profile ${active.profile.id} v${active.profile.version}${savedProfile.created ? ' (new)' : ''}; lists ${
        Object.entries(active.lists)
          .map(([list, version]) => `${list} v${version}`)
          .join(', ') || 'none'
      }\n`,
    );
    return 0;
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`seed: ${error.message}\n${USAGE}\n`);
    else if (error instanceof WatchlistParseError)
      process.stderr.write(`seed: refused, nothing activated:\n${error.message}\n`);
    else process.stderr.write(`seed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
