import { RegistryError } from '../shared/registry.error';
import { parseListVersion, parseSince } from './backtest-request';

describe('backtest and retro-screening arguments', () => {
  const now = new Date('2026-12-08T00:00:00Z');

  it('reads a list version as LIST:VERSION or LIST@VERSION', () => {
    expect(parseListVersion('national:5')).toEqual(['national', 5]);
    expect(parseListVersion('un-sc@v12')).toEqual(['un-sc', 12]);
    expect(() => parseListVersion('national')).toThrow(RegistryError);
  });

  it('reads since as an ISO time or a number of days back, never in the future', () => {
    expect(parseSince('7d', now).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(parseSince('2026-11-30T10:00:00Z', now).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(() => parseSince('yesterday', now)).toThrow('ISO time or a number of days');
    expect(() => parseSince('2027-01-01T00:00:00Z', now)).toThrow('in the future');
  });
});
