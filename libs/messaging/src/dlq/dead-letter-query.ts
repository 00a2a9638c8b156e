import type { StoredDeadLetter } from './stored-dead-letter';

/** Which dead letters an operator means: every field optional, all given ones must hold. */
export interface DeadLetterQuery {
  readonly reasons?: readonly string[];
  /** Dead-lettered at or after. */
  readonly since?: Date;
  /** Dead-lettered before. */
  readonly until?: Date;
  readonly sourcePartitions?: readonly number[];
  /** Exact dead letters by id (`dlqPartition:dlqOffset`). */
  readonly ids?: readonly string[];
}

export function matchesDeadLetterQuery(letter: StoredDeadLetter, query: DeadLetterQuery): boolean {
  if (query.reasons?.length && !query.reasons.includes(letter.reason)) return false;
  if (query.since && letter.deadLetteredAt < query.since) return false;
  if (query.until && letter.deadLetteredAt >= query.until) return false;
  if (
    query.sourcePartitions?.length &&
    (letter.sourcePartition === undefined || !query.sourcePartitions.includes(letter.sourcePartition))
  )
    return false;
  if (query.ids?.length && !query.ids.includes(letter.id)) return false;
  return true;
}

/** The query as one line, for the audit trail and the command's summary. */
export function describeDeadLetterQuery(query: DeadLetterQuery): string {
  const parts = [
    query.reasons?.length ? `reason ${query.reasons.join('|')}` : '',
    query.since ? `since ${query.since.toISOString()}` : '',
    query.until ? `until ${query.until.toISOString()}` : '',
    query.sourcePartitions?.length ? `source partition ${query.sourcePartitions.join('|')}` : '',
    query.ids?.length ? `id ${query.ids.join('|')}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'all dead letters';
}
