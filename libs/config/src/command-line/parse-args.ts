/** A command line split into repeatable `--name value` options and positional arguments. */
export interface ParsedArgs {
  readonly options: ReadonlyMap<string, readonly string[]>;
  readonly flags: ReadonlySet<string>;
  readonly positional: readonly string[];
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Parses `argv` against the options a command knows: `valued` take the next argument (and may repeat),
 * `flags` take none. An unknown option is a usage error rather than a silently ignored typo. A lone `-`
 * is positional (standard input).
 */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[] = [],
): ParsedArgs {
  const options = new Map<string, string[]>();
  const seenFlags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (flags.includes(name)) {
        seenFlags.add(name);
        continue;
      }
      if (!valued.includes(name)) throw new UsageError(`unknown option --${name}`);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options.set(name, [...(options.get(name) ?? []), value]);
      continue;
    }
    positional.push(arg);
  }
  return { options, flags: seenFlags, positional };
}
