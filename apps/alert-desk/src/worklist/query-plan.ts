import { OPEN_STATUSES, type DeskStatus } from './desk-alert.model';
import { textTerms } from './search-tokens';
import type { WorklistQuery } from './worklist-query';

/**
 * How a queue page is read, as terms for the page script (`worklist-page.lua.ts`), every key a suffix
 * of the worklist prefix:
 * - `S<key>`: a sorted set (priority order) the page must be in; the smallest one is walked;
 * - `O<key>\n<key>...`: the alert must be in one of these sorted sets (a filter over several statuses);
 * - `T<token>`: the alert's words include this one; `X<prefix>`: a word starting with it.
 */
export interface PagePlan {
  readonly terms: readonly string[];
}

/** The filter names of a query, as the indexes name them (`sev:HIGH`, `office:NGAPP001`...). */
export function filterNames(query: WorklistQuery): string[] {
  return [
    query.severity && `sev:${query.severity}`,
    query.indicator && `ind:${query.indicator}`,
    query.office && `office:${query.office}`,
    query.mode && `mode:${query.mode}`,
    query.country && `country:${query.country}`,
    query.trigger && `trigger:${query.trigger}`,
  ].filter((f): f is string => Boolean(f));
}

function isOpenScope(statuses: readonly DeskStatus[]): boolean {
  const distinct = new Set(statuses);
  return distinct.size === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => distinct.has(s));
}

/**
 * Picks the precomputed sorted sets that answer a query: all open alerts, or one status, each with a
 * sorted set per filter, so a one-filter page is a single ZRANGE and several filters intersect
 * sorted sets already in priority order. Any other mix of statuses walks `all` (every indexed alert),
 * checking status and filters per status. Free text adds word terms.
 */
export function planQuery(query: WorklistQuery): PagePlan {
  const filters = filterNames(query);
  const statuses = [...new Set(query.statuses)];
  const terms: string[] = [];
  if (isOpenScope(statuses)) {
    terms.push(...(filters.length > 0 ? filters.map((f) => `Soidx:${f}`) : ['Sopen']));
  } else if (statuses.length === 1) {
    const [status] = statuses;
    terms.push(...(filters.length > 0 ? filters.map((f) => `Ssidx:${status}:${f}`) : [`Sstatus:${status}`]));
  } else {
    terms.push('Sall', `O${statuses.map((s) => `status:${s}`).join('\n')}`);
    for (const f of filters) terms.push(`O${statuses.map((s) => `sidx:${s}:${f}`).join('\n')}`);
  }
  for (const term of query.text ? textTerms(query.text) : [])
    terms.push(`${term.prefix ? 'X' : 'T'}${term.token}`);
  return { terms };
}
