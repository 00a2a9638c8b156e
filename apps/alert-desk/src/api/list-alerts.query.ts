import { BadRequestException } from '@nestjs/common';
import { SEVERITIES, TRIGGERS, type Severity } from '@salw/contracts';
import { DESK_STATUSES, OPEN_STATUSES, type DeskStatus } from '../worklist/desk-alert.model';
import { normaliseTokens } from '../worklist/search-tokens';
import type { WorklistQuery } from '../worklist/worklist-query';

const CODE = /^[A-Z0-9_]{1,64}$/;

/** Reads the query string of GET /api/alerts, refusing a bad value by name. */
export function parseListQuery(raw: Record<string, string | undefined>): WorklistQuery {
  const problems: string[] = [];
  const statuses = (raw['status'] ?? OPEN_STATUSES.join(',')).split(',').filter(Boolean) as DeskStatus[];
  for (const s of statuses)
    if (!DESK_STATUSES.includes(s)) problems.push(`status "${s}" is not one of ${DESK_STATUSES.join(', ')}`);
  const severity = raw['severity'] || undefined;
  if (severity && !SEVERITIES.includes(severity as Severity))
    problems.push(`severity must be one of ${SEVERITIES.join(', ')}`);
  const trigger = raw['trigger'] || undefined;
  if (trigger && !(TRIGGERS as readonly string[]).includes(trigger))
    problems.push(`trigger must be one of ${TRIGGERS.join(', ')}`);
  for (const name of ['indicator', 'office', 'mode', 'country'] as const) {
    const value = raw[name];
    if (value && !CODE.test(value)) problems.push(`${name} must be an upper-case code`);
  }
  const offset = Number(raw['offset'] ?? 0);
  const limit = Number(raw['limit'] ?? 50);
  if (!Number.isInteger(offset) || offset < 0) problems.push('offset must be an integer >= 0');
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    problems.push('limit must be an integer from 1 to 200');
  const text = raw['q'];
  if (text && text.length > 200) problems.push('q must be at most 200 characters');
  else if (text && normaliseTokens(text).length === 0)
    problems.push(
      "q must contain a word to search for: 2 or more letters or digits, not a filler word such as 'the'",
    );
  if (problems.length > 0) throw new BadRequestException(problems.join('; '));
  return {
    statuses: statuses.length > 0 ? statuses : OPEN_STATUSES,
    severity: severity as Severity | undefined,
    trigger,
    indicator: raw['indicator'] || undefined,
    office: raw['office'] || undefined,
    mode: raw['mode'] || undefined,
    country: raw['country'] || undefined,
    text: text || undefined,
    offset,
    limit,
  };
}
