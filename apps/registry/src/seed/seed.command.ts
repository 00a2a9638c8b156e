import { readProfileOption } from '@salw/risk-engine/node';
import { WatchlistParseError, type WatchlistFile } from '@salw/watchlists';
import { parseWatchlistFile } from '@salw/watchlists/node';
import { commandArgs, UsageError, type CommandContext, type RegistryCommand } from '../cli/registry-command';
import { SeedService } from './seed.service';

/** Parses each file (refusing two files of one list), saying on standard error what each holds. */
async function parseWatchlists(paths: readonly string[], context: CommandContext): Promise<WatchlistFile[]> {
  const files: WatchlistFile[] = [];
  for (const path of paths) {
    const file = await parseWatchlistFile(path);
    if (files.some((f) => f.list === file.list))
      throw new UsageError(`two files give the list "${file.list}"; give one file per list`);
    files.push(file);
    const warnings = file.warnings.length ? `, ${file.warnings.length} warnings` : '';
    context.err(
      `parsed ${path}: list "${file.list}", ${file.entries.length} entries (${file.format}, version ${file.version})${warnings}`,
    );
    for (const warning of file.warnings.slice(0, 10)) context.err(`  warning: ${warning.message}`);
  }
  return files;
}

/**
 * `npm run -s seed -- [--profile FILE|DIR] --watchlist FILE [--watchlist FILE ...]` (that is,
 * `registry seed`): loads a risk profile (salw-default without --profile) and watchlists (UN
 * consolidated list XML, JSON Lines or CSV, recognised by content or extension) into Redis as new
 * versions and activates them in one step (audited, reason "seed", actor --actor or $USER): running
 * screeners switch to them within their poll interval. Lists not named keep their active version. A
 * bad file is refused whole and nothing is activated.
 */
export const SEED_COMMAND: RegistryCommand = {
  name: 'seed',
  usage: '[--profile FILE|DIR] --watchlist FILE [--watchlist FILE ...]',
  summary: 'store a profile and lists as new versions and activate them in one step (reason "seed")',
  async run(args, context) {
    const parsed = commandArgs(args, { positional: 0, valued: ['profile', 'watchlist'] });
    const profileOption = parsed.options.get('profile');
    if ((profileOption?.length ?? 0) > 1) throw new UsageError('give --profile once');
    let files: WatchlistFile[];
    try {
      files = await parseWatchlists(parsed.options.get('watchlist') ?? [], context);
    } catch (error) {
      if (!(error instanceof WatchlistParseError)) throw error;
      context.err(`seed: refused, nothing activated:\n${error.message}`);
      return 1;
    }
    const profile = await readProfileOption(profileOption?.[0]);
    const { activation: active, profileCreated } = await context
      .get(SeedService)
      .seed(profile, files, { actor: context.actor ?? 'seed', reason: 'seed' });
    const lists = Object.entries(active.lists).map(([list, version]) => `${list} v${version}`);
    context.err(
      `activated #${active.activation}: profile ${active.profile.id} v${active.profile.version}${profileCreated ? ' (new)' : ''}; lists ${lists.join(', ') || 'none'}`,
    );
    return 0;
  },
};
