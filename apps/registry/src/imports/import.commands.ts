import {
  commandArgs,
  changeFrom,
  option,
  type CommandContext,
  type RegistryCommand,
} from '../cli/registry-command';
import { importProgressBar } from '@salw/store';
import { formatListDiff } from '../lists/list.commands';
import { parseListName } from '../shared/parse-version';
import { ImportService, type ImportKind, type ImportOutcome } from './import.service';

function report(outcome: ImportOutcome, dryRun: boolean, context: CommandContext): void {
  if (context.json) {
    context.out(JSON.stringify(outcome, null, 2));
    return;
  }
  for (const warning of outcome.warnings.slice(0, 20)) context.err(`warning: ${warning.message}`);
  if (outcome.warnings.length > 20) context.err(`... and ${outcome.warnings.length - 20} more warnings`);
  const against = outcome.against === undefined ? 'nothing active' : `active v${outcome.against}`;
  context.out(
    dryRun
      ? `dry run: list "${outcome.list}", ${outcome.entries} entries (${outcome.format} ${outcome.sourceVersion}); nothing stored. Against ${against}:`
      : `stored list "${outcome.list}" v${outcome.version}, ${outcome.entries} entries (${outcome.format} ${outcome.sourceVersion}); not active until \`activate ${outcome.list} ${outcome.version}\`. Against ${against}:`,
  );
  context.out(formatListDiff(outcome.diff));
  if (outcome.truncated)
    context.out(
      `(named above: the first of each kind by entry id; in all ${outcome.counts.added} added, ${outcome.counts.removed} removed, ${outcome.counts.changed} changed)`,
    );
  if (outcome.pruned.length > 0)
    context.out(`deleted old versions: ${outcome.pruned.map((v) => `v${v}`).join(', ')}`);
}

function importCommand(kind: ImportKind, usage: string, summary: string): RegistryCommand {
  return {
    name: `import ${kind}`,
    usage,
    summary,
    async run(args, context) {
      const parsed = commandArgs(args, { positional: 1, valued: ['reason', 'list'], flags: ['dry-run'] });
      const dryRun = parsed.flags.has('dry-run');
      const change = dryRun ? undefined : changeFrom(parsed, context);
      const list = option(parsed, 'list');
      const bar = dryRun ? undefined : importProgressBar(`import ${kind}`);
      const outcome = await context.get(ImportService).import(
        {
          kind,
          path: parsed.positional[0],
          list: list === undefined ? undefined : parseListName(list),
          dryRun,
          ...(bar ? { onProgress: bar.onProgress } : {}),
        },
        change,
      );
      bar?.finish();
      report(outcome, dryRun, context);
      return 0;
    },
  };
}

export const IMPORT_COMMANDS: readonly RegistryCommand[] = [
  importCommand(
    'un-sc',
    'FILE.xml [--list NAME] (--reason TEXT | --dry-run)',
    'import the UN consolidated list as a new version (not active); --dry-run shows the diff against the active version',
  ),
  importCommand(
    'national',
    'FILE.jsonl|FILE.csv [--list NAME] (--reason TEXT | --dry-run)',
    'import a national list as a new version (not active); --list checks every line names that list',
  ),
];
