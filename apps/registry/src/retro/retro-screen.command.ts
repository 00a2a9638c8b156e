import { commandArgs, changeFrom, formatTable, option, type RegistryCommand } from '../cli/registry-command';
import { parseSince } from '../backtest/backtest-request';
import { replayProgressBar } from '../shared/replay-progress-bar';
import { parseListName, parseVersion } from '../shared/parse-version';
import { RetroScreeningService } from './retro-screening.service';

/** `registry retro-screen`: re-screen past declarations against what a list version added or changed. */
export const RETRO_SCREEN_COMMAND: RegistryCommand = {
  name: 'retro-screen',
  usage: '--list LIST [--version V] [--from V] [--since ISO|Nd] [--dry-run] --reason TEXT',
  summary:
    're-screen the declarations since a time (default: the configured days) against the entries a list version added or changed; RETRO results and alerts, never twice',
  async run(args, context) {
    const parsed = commandArgs(args, {
      positional: 0,
      valued: ['list', 'version', 'from', 'since', 'reason'],
      flags: ['dry-run'],
    });
    const change = changeFrom(parsed, context);
    const list = parseListName(option(parsed, 'list'));
    const version = option(parsed, 'version');
    const from = option(parsed, 'from');
    const since = option(parsed, 'since');
    const bar = replayProgressBar('retro-screen');
    const run = await context.get(RetroScreeningService).run(
      {
        list,
        version: version === undefined ? undefined : parseVersion(version),
        from: from === undefined ? undefined : parseVersion(from, 'from'),
        since: since === undefined ? undefined : parseSince(since, new Date()),
        dryRun: parsed.flags.has('dry-run'),
        onProgress: bar.onProgress,
      },
      change,
    );
    bar.finish();
    if (context.json) {
      context.out(JSON.stringify(run, null, 2));
      return 0;
    }
    context.out(
      [
        `${run.dryRun ? 'dry run: ' : ''}list ${run.list} v${run.version} (changes since ${run.from === undefined ? 'no earlier version' : `v${run.from}`}): ${run.changedEntries} entries added or changed`,
        `declarations since ${run.since}: ${run.read} read, ${run.screened} screened, ${run.refused} refused, in ${run.seconds.toFixed(1)} s (${Math.round(run.declarationsPerSecond)}/s)`,
        `found ${run.found} declaration versions, ${run.alerts} alerting; published ${run.published.results} results, ${run.published.alerts} alerts`,
        ...(Object.keys(run.resumedFrom).length > 0
          ? [`resumed after an earlier run at ${JSON.stringify(run.resumedFrom)}`]
          : []),
        formatTable(
          run.findings.map((f) => ({ ...f, entries: f.entries.join(' ') })),
          ['declarationId', 'version', 'severity', 'score', 'alert', 'entries'],
        ),
      ].join('\n'),
    );
    return 0;
  },
};
