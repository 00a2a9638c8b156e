import { commandArgs, formatTable, type RegistryCommand } from '../cli/registry-command';
import { ScreenerDirectoryService } from './screener-directory.service';

export const SCREENERS_COMMAND: RegistryCommand = {
  name: 'screeners',
  usage: '',
  summary: 'running screeners and the activation each uses',
  async run(args, context) {
    commandArgs(args, { positional: 0 });
    const directory = await context.get(ScreenerDirectoryService).directory();
    if (context.json) context.out(JSON.stringify(directory, null, 2));
    else {
      context.out(`active activation: ${directory.activation ?? '(none)'}`);
      context.out(
        formatTable(
          directory.screeners.map((s) => ({ ...s, current: s.current ? 'yes' : 'BEHIND' })),
          ['instance', 'activation', 'current', 'profile', 'lists', 'at'],
        ),
      );
    }
    return 0;
  },
};
