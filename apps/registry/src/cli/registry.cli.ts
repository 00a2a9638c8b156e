/**
 * `npm run -s registry -- [--actor NAME] [--json] COMMAND ...` — the registry's commands over the
 * same services as its REST API (`npm run -s registry -- help` lists them). Every change needs
 * `--reason`; the actor recorded in the audit is `--actor` or `$USER`.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '@salw/config';
import { ProfileError } from '@salw/risk-engine';
import { REGISTRY_CONFIG_SECTIONS } from '../config/registry-config-sections';
import { RegistryError } from '../shared/registry.error';
import { COMMAND_TABLE, findCommand, helpText } from './command-table';
import { createRegistryCliContext } from './registry-cli.context';
import { UsageError, type CommandContext, type RegistryCommand } from './registry-command';

/** Splits the global options (`--actor NAME`, `--json`) from the command line. */
function globalOptions(argv: readonly string[]): { actor?: string; json: boolean; rest: string[] } {
  const rest: string[] = [];
  let actor: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--actor') actor = argv[++i];
    else if (argv[i].startsWith('--actor=')) actor = argv[i].slice('--actor='.length);
    else if (argv[i] === '--json') json = true;
    else rest.push(argv[i]);
  }
  return { actor, json, rest };
}

export async function runRegistryCli(
  argv: readonly string[],
  io: { out(text: string): void; err(text: string): void },
  env: NodeJS.ProcessEnv = process.env,
  table: readonly RegistryCommand[] = COMMAND_TABLE,
): Promise<number> {
  const { actor, json, rest } = globalOptions(argv);
  if (rest.length === 0 || rest[0] === 'help' || rest[0] === '--help') {
    io.out(helpText(table));
    return rest.length === 0 ? 2 : 0;
  }
  const found = findCommand(table, rest);
  if (!found) {
    io.err(`registry: unknown command "${rest.slice(0, 2).join(' ')}"\n${helpText(table)}`);
    return 2;
  }
  const who = actor ?? env.USER ?? env.LOGNAME;
  if (!who) {
    io.err('registry: who is running this? give --actor NAME (recorded in the audit)');
    return 2;
  }
  let config;
  try {
    config = loadConfig(REGISTRY_CONFIG_SECTIONS, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`registry: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const app = await createRegistryCliContext(config);
  const context: CommandContext = {
    get: (token) => app.get(token),
    actor: who,
    json,
    out: io.out,
    err: io.err,
  };
  try {
    return await found.command.run(found.args, context);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(
        `registry ${found.command.name}: ${error.message}\nusage: npm run -s registry -- ${found.command.name} ${found.command.usage}`,
      );
      return 2;
    }
    if (error instanceof RegistryError || error instanceof ProfileError) {
      io.err(`registry ${found.command.name}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  runRegistryCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `registry: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
