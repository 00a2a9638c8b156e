import { RegistryError } from '../shared/registry.error';
import { parseListName, parseVersion } from '../shared/parse-version';

/** `national:5` or `national@5` as a list version to try. */
export function parseListVersion(text: string): [string, number] {
  const match = /^(.+)[:@]v?(\d+)$/.exec(text);
  if (!match)
    throw new RegistryError(
      'invalid',
      `"${text}" is not a list version; write LIST:VERSION, e.g. national:5`,
    );
  return [parseListName(match[1]), parseVersion(match[2], `version of ${match[1]}`)];
}

/** An ISO time, or a number of days back from `now` (`7d`). */
export function parseSince(text: string, now: Date): Date {
  const days = /^(\d+)d$/.exec(text);
  const at = days ? new Date(now.getTime() - Number(days[1]) * 86_400_000) : new Date(text);
  if (Number.isNaN(at.getTime()))
    throw new RegistryError(
      'invalid',
      `since must be an ISO time or a number of days (e.g. 7d), got "${text}"`,
    );
  if (at.getTime() > now.getTime())
    throw new RegistryError('invalid', `since ${at.toISOString()} is in the future`);
  return at;
}
