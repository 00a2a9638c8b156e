import { AUDIT_COMMAND } from '../audit/audit.command';
import { BACKTEST_COMMAND } from '../backtest/backtest.command';
import { EXEMPTION_COMMANDS } from '../exemptions/exemption.commands';
import { IMPORT_COMMANDS } from '../imports/import.commands';
import { LIST_COMMANDS } from '../lists/list.commands';
import { PROFILE_COMMANDS } from '../profiles/profile.commands';
import { RETRO_SCREEN_COMMAND } from '../retro/retro-screen.command';
import { SCREENERS_COMMAND } from '../screeners/screeners.command';
import { SEED_COMMAND } from '../seed/seed.command';
import type { RegistryCommand } from './registry-command';

/** Every registry command; each is defined in its feature's folder, one line here per feature. */
export const COMMAND_TABLE: readonly RegistryCommand[] = [
  ...IMPORT_COMMANDS,
  ...LIST_COMMANDS,
  ...PROFILE_COMMANDS,
  AUDIT_COMMAND,
  SCREENERS_COMMAND,
  BACKTEST_COMMAND,
  RETRO_SCREEN_COMMAND,
  ...EXEMPTION_COMMANDS,
  SEED_COMMAND,
];

/** The command a command line names (the longest matching name) and the arguments after it. */
export function findCommand(
  table: readonly RegistryCommand[],
  argv: readonly string[],
): { command: RegistryCommand; args: readonly string[] } | undefined {
  const matches = table
    .map((command) => ({ command, words: command.name.split(' ') }))
    .filter(({ words }) => words.every((word, i) => argv[i] === word))
    .sort((a, b) => b.words.length - a.words.length);
  const [best] = matches;
  return best && { command: best.command, args: argv.slice(best.words.length) };
}

/** `registry help`: every command with its usage and what it does. */
export function helpText(table: readonly RegistryCommand[]): string {
  const lines = ['usage: npm run -s registry -- [--actor NAME] [--json] COMMAND ...', '', 'commands:'];
  for (const command of table)
    lines.push(`  ${`${command.name} ${command.usage}`.trimEnd()}`, `      ${command.summary}`);
  return lines.join('\n');
}
