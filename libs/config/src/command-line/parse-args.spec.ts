import { parseArgs, UsageError } from './parse-args';

describe('command-line parsing', () => {
  it('collects repeated options, --name=value forms, flags and positionals (a lone - is positional)', () => {
    const parsed = parseArgs(
      ['--watchlist', 'a.xml', '--watchlist=b.jsonl', '--once', '-'],
      ['watchlist'],
      ['once'],
    );
    expect(parsed.options.get('watchlist')).toEqual(['a.xml', 'b.jsonl']);
    expect(parsed.flags.has('once')).toBe(true);
    expect(parsed.positional).toEqual(['-']);
  });

  it.each([
    [['--watchlst', 'a'], 'unknown option --watchlst'],
    [['--watchlist'], '--watchlist needs a value'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseArgs(argv, ['watchlist'])).toThrow(new UsageError(message));
  });
});
