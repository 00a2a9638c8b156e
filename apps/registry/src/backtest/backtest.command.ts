import { formatBacktestTable } from '@salw/screening';
import { commandArgs, option, UsageError, printResult, type RegistryCommand } from '../cli/registry-command';
import { parseProfileRef, ProfileRegistryService } from '../profiles/profile-registry.service';
import { RegistryError } from '../shared/registry.error';
import { parseListVersion, parseSince } from './backtest-request';
import { BacktestService } from './backtest.service';
import { replayProgressBar } from '../shared/replay-progress-bar';

/** `registry backtest`: the active snapshot against a candidate over past declarations; reads only. */
export const BACKTEST_COMMAND: RegistryCommand = {
  name: 'backtest',
  usage:
    '[--profile ID:VERSION | --profile-dir DIR] [--list LIST:VERSION ...] (--since ISO|Nd | --file DECLARATIONS.ndjson) [--listed N]',
  summary:
    'screen past declarations with the active and a candidate profile/list version: hits per indicator, alert rates, alerts gained/lost with desk outcomes, severity changes',
  async run(args, context) {
    const parsed = commandArgs(args, {
      positional: 0,
      valued: ['profile', 'profile-dir', 'list', 'since', 'file', 'listed'],
    });
    const profileRef = option(parsed, 'profile');
    const profileDir = option(parsed, 'profile-dir');
    if (profileRef && profileDir) throw new UsageError('give --profile or --profile-dir, not both');
    const since = option(parsed, 'since');
    const file = option(parsed, 'file');
    if ((since === undefined) === (file === undefined))
      throw new UsageError(
        'give the declarations: --since ISO-TIME|Nd (from Kafka) or --file DECLARATIONS.ndjson',
      );
    let profileDocument;
    if (profileDir) {
      const checked = await context.get(ProfileRegistryService).validateDir(profileDir);
      if (!checked.ok)
        throw new RegistryError('invalid', `profile ${profileDir} is invalid`, checked.problems);
      profileDocument = checked.document;
    }
    const listed = option(parsed, 'listed');
    const bar = replayProgressBar('backtest');
    const report = await context.get(BacktestService).run({
      profile: profileRef ? parseProfileRef(profileRef) : undefined,
      profileDocument,
      lists: Object.fromEntries((parsed.options.get('list') ?? []).map(parseListVersion)),
      source: file !== undefined ? { file } : { since: parseSince(since ?? '', new Date()) },
      listed: listed === undefined ? undefined : Number(listed),
      onProgress: bar.onProgress,
    });
    bar.finish();
    if (report.deskOutcomes.unavailable)
      context.err(
        `desk outcomes not read (${report.deskOutcomes.unavailable}): gained/lost alerts show no outcome`,
      );
    return printResult(
      context,
      report,
      () =>
        `source: ${report.source}; desk outcomes read: ${report.deskOutcomes.read}\n${formatBacktestTable(report)}`,
    );
  },
};
