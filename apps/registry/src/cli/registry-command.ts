import type { InjectionToken } from '@nestjs/common';
import { parseArgs, UsageError, type ParsedArgs } from '@salw/config/command-line';
import { changeBy, type Change } from '../shared/change';

export { UsageError } from '@salw/config/command-line';

/** What a command gets: the registry's services (the same instances the REST app uses), who runs it, and output. */
export interface CommandContext {
  /** A service of the registry's Nest application context, e.g. `context.get(ListRegistryService)`. */
  get<T>(token: InjectionToken<T>): T;
  /** `--actor NAME` or `$USER`: recorded in the audit of every change (a change is refused without one). */
  readonly actor: string | undefined;
  /** `--json`: print machine-readable JSON instead of tables. */
  readonly json: boolean;
  /** Standard output (results) and standard error (progress, warnings). */
  out(text: string): void;
  err(text: string): void;
}

/**
 * One registry command, defined in the folder of the feature it belongs to and listed once in
 * `command-table.ts`. `name` may be two words (`import un-sc`, `profile activate`).
 */
export interface RegistryCommand {
  readonly name: string;
  /** The arguments after the name, e.g. `LIST VERSION --reason TEXT`. */
  readonly usage: string;
  readonly summary: string;
  /** Returns the exit code; throws `UsageError` for bad arguments, `RegistryError` for a refusal. */
  run(args: readonly string[], context: CommandContext): Promise<number>;
}

/** The command's arguments: `valued` options take a value, `flags` none; `positional` must have exactly that many. */
export function commandArgs(
  args: readonly string[],
  spec: { positional: number; valued?: readonly string[]; flags?: readonly string[] },
): ParsedArgs {
  const parsed = parseArgs(args, spec.valued ?? [], spec.flags ?? []);
  if (parsed.positional.length !== spec.positional)
    throw new UsageError(`expected ${spec.positional} argument(s), got ${parsed.positional.length}`);
  return parsed;
}

/** Prints a command's result: `value` as JSON under `--json`, else `text()` for a person. Exit code 0. */
export function printResult(context: CommandContext, value: unknown, text: () => string): number {
  context.out(context.json ? JSON.stringify(value, null, 2) : text());
  return 0;
}

/**
 * A command of no arguments that shows what `read` finds: JSON under `--json`, else a table of
 * `columns`, each item shown through `row` first (to mark the active one, say).
 */
export function listingCommand<T extends object>(spec: {
  readonly name: string;
  readonly summary: string;
  readonly read: (context: CommandContext) => Promise<readonly T[]>;
  readonly columns: readonly string[];
  readonly row?: (item: T) => object;
}): RegistryCommand {
  return {
    name: spec.name,
    usage: '',
    summary: spec.summary,
    async run(args, context) {
      commandArgs(args, { positional: 0 });
      const items = await spec.read(context);
      return printResult(context, items, () =>
        formatTable(items.map(spec.row ?? ((item) => item)), spec.columns),
      );
    },
  };
}

/** The last value of a `--name value` option. */
export function option(parsed: ParsedArgs, name: string): string | undefined {
  return parsed.options.get(name)?.at(-1);
}

/** The change a command makes, refused without `--reason`. */
export function changeFrom(parsed: ParsedArgs, context: CommandContext): Change {
  const reason = option(parsed, 'reason');
  if (reason === undefined) throw new UsageError('--reason "..." is required for every change');
  if (!context.actor)
    throw new UsageError('who is making this change? give --actor NAME (recorded in the audit)');
  return changeBy(context.actor, reason);
}

/** Rows as an aligned text table (header first), or `(none)`. */
export function formatTable<T extends object>(rows: readonly T[], columns: readonly string[]): string {
  if (rows.length === 0) return '(none)';
  const cell = (value: unknown) =>
    value === undefined || value === null
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  const table = [
    columns,
    ...rows.map((row) => columns.map((c) => cell((row as Record<string, unknown>)[c]))),
  ];
  const widths = columns.map((_, i) => Math.max(...table.map((line) => line[i].length)));
  return table
    .map((line) =>
      line
        .map((text, i) => text.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
