import type { ExemptionRequest } from '@salw/risk-engine';

const DAY_MS = 86_400_000;

/** The options `registry exempt` knows, beside the kind (`party` or `indicator CODE`). */
export const EXEMPT_OPTIONS = [
  'party-id',
  'party-name',
  'role',
  'country',
  'list',
  'entry',
  'indicator',
  'hs',
  'trader-id',
  'address',
  'city',
  'office',
  'mode',
  'origin',
  'destination',
  'reason',
  'expires',
  'days',
] as const;

export type ExemptOption = (typeof EXEMPT_OPTIONS)[number];

export class ExemptUsageError extends Error {
  override readonly name = 'ExemptUsageError';
}

/**
 * Builds the request `registry exempt` sends, from its kind and options; the store checks it and
 * names any field that is wrong. `--days N` is N days from `now`; `--expires` takes a date or a time.
 */
export function exemptionRequestFromArgs(
  positional: readonly string[],
  option: (name: ExemptOption) => string | undefined,
  now: Date,
): Record<string, unknown> {
  const [what, code] = positional;
  const lane = pick({
    office: option('office'),
    mode: option('mode')?.toUpperCase(),
    origin: option('origin')?.toUpperCase(),
    destination: option('destination')?.toUpperCase(),
  });
  const common = {
    ...(Object.keys(lane).length > 0 ? { lane } : {}),
    reason: option('reason'),
    expiresAt: expiryOf(option('expires'), option('days'), now),
  };
  if (what === 'party')
    return {
      kind: 'PARTY_NOT_LISTED' satisfies ExemptionRequest['kind'],
      party: pick({
        id: option('party-id'),
        name: option('party-name'),
        role: option('role'),
        country: option('country')?.toUpperCase(),
      }),
      entry: pick({ list: option('list'), entryId: option('entry') }),
      ...common,
    };
  if (what === 'indicator') {
    const address = option('address');
    return {
      kind: 'INDICATOR' satisfies ExemptionRequest['kind'],
      indicator: (code ?? option('indicator'))?.toUpperCase(),
      subject: pick({
        hsHeading: option('hs'),
        traderId: option('trader-id'),
        address:
          address === undefined
            ? undefined
            : pick({ line: address, city: option('city'), country: option('country')?.toUpperCase() }),
        role: option('role'),
      }),
      ...common,
    };
  }
  throw new ExemptUsageError(
    `say what is exempted: "exempt party ..." (a false list match) or "exempt indicator CODE ..." (an indicator on a lane)`,
  );
}

function expiryOf(expires: string | undefined, days: string | undefined, now: Date): string | undefined {
  if (expires !== undefined && days !== undefined)
    throw new ExemptUsageError('give --expires or --days, not both');
  if (days !== undefined) {
    if (!/^[0-9]{1,4}$/.test(days))
      throw new ExemptUsageError(`--days must be a whole number of days, not "${days}"`);
    return new Date(now.getTime() + Number(days) * DAY_MS).toISOString();
  }
  if (expires === undefined) return undefined;
  // A date alone means the start of that day in UTC: the exemption no longer applies on it.
  const text = /^\d{4}-\d{2}-\d{2}$/.test(expires) ? `${expires}T00:00:00Z` : expires;
  const at = Date.parse(text);
  if (Number.isNaN(at))
    throw new ExemptUsageError(`--expires must be a date (2027-03-01) or a time, not "${expires}"`);
  return new Date(at).toISOString();
}

function pick<T extends Record<string, unknown>>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) out[key as keyof T] = value as T[keyof T];
  return out;
}
