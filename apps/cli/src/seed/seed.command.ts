/**
 * `npm run -s seed -- [--profile FILE|DIR] --watchlist FILE [--watchlist FILE ...]`
 *
 * Loads a risk profile (salw-default without --profile) and watchlists (UN consolidated list XML,
 * JSON Lines or CSV, recognised by content or extension) into Redis as new versions, and activates
 * them in one step through the registry's services (audited, reason "seed", actor $USER): running
 * screeners switch to them within their poll interval. Lists not named keep their active version.
 * A bad file is refused whole and nothing is activated.
 */
import { loadConfig } from '@salw/config';
import { WatchlistParseError, type WatchlistFile } from '@salw/watchlists';
import { parseWatchlistFile } from '@salw/watchlists/node';
import { REGISTRY_CONFIG_SECTIONS } from '../../../registry/src/config/registry-config-sections';
import { createRegistryCliContext } from '../../../registry/src/cli/registry-cli.context';
import { SeedService } from '../../../registry/src/seed/seed.service';
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

  const config = loadConfig(REGISTRY_CONFIG_SECTIONS);
  const registry = await createRegistryCliContext(config);
  try {
    const actor = process.env.USER ?? process.env.LOGNAME ?? 'seed';
    const { activation: active, profileCreated } = await registry
      .get(SeedService)
      .seed(profile, files, { actor, reason: 'seed' });
    process.stderr.write(
      `activated #${active.activation}: profile ${active.profile.id} v${active.profile.version}${profileCreated ? ' (new)' : ''}; lists ${
        Object.entries(active.lists)
          .map(([list, version]) => `${list} v${version}`)
          .join(', ') || 'none'
      }\n`,
    );
    return 0;
  } finally {
    await registry.close();
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
