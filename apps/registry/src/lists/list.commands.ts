import {
  commandArgs,
  changeFrom,
  formatTable,
  listingCommand,
  printResult,
  type RegistryCommand,
} from '../cli/registry-command';
import { parseListName, parseVersion } from '../shared/parse-version';
import { ListRegistryService } from './list-registry.service';

const describeActivation = (a: {
  activation: number;
  profile: { id: string; version: number };
  lists: Record<string, number>;
}) =>
  `activation #${a.activation}: profile ${a.profile.id} v${a.profile.version}; lists ${
    Object.entries(a.lists)
      .map(([list, version]) => `${list} v${version}`)
      .join(', ') || 'none'
  }`;

export const LIST_COMMANDS: readonly RegistryCommand[] = [
  listingCommand({
    name: 'lists',
    summary: 'every stored list: active version, latest, versions kept, rollback target',
    read: (context) => context.get(ListRegistryService).lists(),
    columns: ['list', 'active', 'latest', 'versions', 'rollbackTo'],
  }),
  {
    name: 'versions',
    usage: 'LIST',
    summary: 'the stored versions of a list: entries, source version, imported at and by',
    async run(args, context) {
      const parsed = commandArgs(args, { positional: 1 });
      const versions = await context.get(ListRegistryService).versionsOf(parseListName(parsed.positional[0]));
      return printResult(context, versions, () =>
        formatTable(
          versions.map((v) => ({ ...v, active: v.active ? '*' : '' })),
          ['version', 'active', 'entries', 'format', 'sourceVersion', 'importedAt', 'importedBy'],
        ),
      );
    },
  },
  {
    name: 'diff',
    usage: 'LIST FROM TO',
    summary: 'entries added, removed and changed between two versions of a list, with names',
    async run(args, context) {
      const [list, from, to] = commandArgs(args, { positional: 3 }).positional;
      const diff = await context
        .get(ListRegistryService)
        .diff(parseListName(list), parseVersion(from, 'FROM'), parseVersion(to, 'TO'));
      if (context.json) context.out(JSON.stringify(diff, null, 2));
      else context.out(formatListDiff(diff));
      return 0;
    },
  },
  {
    name: 'activate',
    usage: 'LIST VERSION --reason TEXT',
    summary: 'make a stored version the active one (atomic; screeners switch; audited)',
    async run(args, context) {
      const parsed = commandArgs(args, { positional: 2, valued: ['reason'] });
      const [list, version] = parsed.positional;
      const active = await context
        .get(ListRegistryService)
        .activate(parseListName(list), parseVersion(version), changeFrom(parsed, context));
      return printResult(context, active, () => describeActivation(active));
    },
  },
  {
    name: 'rollback',
    usage: 'LIST --reason TEXT',
    summary: 'return a list to the version the previous activation used (audited)',
    async run(args, context) {
      const parsed = commandArgs(args, { positional: 1, valued: ['reason'] });
      const active = await context
        .get(ListRegistryService)
        .rollback(parseListName(parsed.positional[0]), changeFrom(parsed, context));
      return printResult(context, active, () => describeActivation(active));
    },
  },
];

export { describeActivation };

/** A list diff for a person: counts, then one line per entry (`+ ID  Name`, `- ...`, `~ ... (fields)`). */
export function formatListDiff(diff: {
  readonly from?: number;
  readonly to?: number;
  readonly added: readonly { entryId: string; name?: string }[];
  readonly removed: readonly { entryId: string; name?: string }[];
  readonly changed: readonly {
    entryId: string;
    name?: string;
    previousName?: string;
    fields: readonly string[];
  }[];
  readonly unchanged: number;
}): string {
  const lines = [
    `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged`,
  ];
  for (const e of diff.added) lines.push(`+ ${e.entryId}  ${e.name ?? ''}`.trimEnd());
  for (const e of diff.removed) lines.push(`- ${e.entryId}  ${e.name ?? ''}`.trimEnd());
  for (const e of diff.changed)
    lines.push(
      `~ ${e.entryId}  ${e.previousName ? `${e.previousName} -> ` : ''}${e.name ?? ''}  (${e.fields.join(', ')})`,
    );
  return lines.join('\n');
}
