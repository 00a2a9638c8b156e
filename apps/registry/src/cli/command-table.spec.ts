import { COMMAND_TABLE, findCommand, helpText } from './command-table';

describe('the registry command table', () => {
  it('names every command once', () => {
    const names = COMMAND_TABLE.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has every command the registry documents', () => {
    expect(COMMAND_TABLE.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'import un-sc',
        'import national',
        'lists',
        'versions',
        'diff',
        'activate',
        'rollback',
        'profile validate',
        'profile publish',
        'profile diff',
        'profile activate',
        'profile rollback',
        'audit',
        'screeners',
        'seed',
      ]),
    );
  });

  it('finds a two-word command and passes on the arguments after its name', () => {
    const found = findCommand(COMMAND_TABLE, ['profile', 'activate', 'salw-default', '4', '--reason', 'x']);
    expect(found?.command.name).toBe('profile activate');
    expect(found?.args).toEqual(['salw-default', '4', '--reason', 'x']);
  });

  it('finds nothing for an unknown command', () => {
    expect(findCommand(COMMAND_TABLE, ['profile', 'delete'])).toBeUndefined();
    expect(findCommand(COMMAND_TABLE, ['frobnicate'])).toBeUndefined();
  });

  it('lists every command with its usage in the help', () => {
    const help = helpText(COMMAND_TABLE);
    for (const command of COMMAND_TABLE) expect(help).toContain(`${command.name} ${command.usage}`.trimEnd());
  });
});
