/**
 * Which versions of a declaration have been screened, and at which input position. Pure: the
 * screener asks it what to do with a message and stores what it returns, inside the same
 * processing attempt as the Kafka transaction that carries the result.
 *
 * Why positions are kept: the ledger is written to Redis just before the Kafka transaction commits.
 * If the process dies between the two, the message is consumed again, and the ledger already names
 * its version. An entry recorded at this partition at an offset >= the message's own offset can only
 * come from such an uncommitted attempt (committed offsets never move back), so it is ignored.
 */
export interface LedgerEntry {
  readonly version: number;
  readonly partition: number;
  readonly offset: string;
}

export type ScreeningDecision =
  | {
      readonly action: 'SCREEN';
      readonly trigger: 'LIVE' | 'AMENDMENT';
      readonly supersedes?: number;
      readonly entries: readonly LedgerEntry[];
    }
  | { readonly action: 'REPLAY'; readonly screenedVersion: number };

/** How many versions of one declaration the ledger remembers; older ones cannot be replayed meaningfully. */
export const MAX_LEDGER_ENTRIES = 16;

export interface InputPosition {
  readonly partition: number;
  readonly offset: string;
}

export function decideScreening(
  entries: readonly LedgerEntry[],
  version: number,
  position: InputPosition,
): ScreeningDecision {
  const committed = entries.filter(
    (entry) =>
      !(entry.partition === position.partition && compareOffsets(entry.offset, position.offset) >= 0),
  );
  const highest = committed.reduce((max, entry) => Math.max(max, entry.version), 0);
  if (version <= highest) return { action: 'REPLAY', screenedVersion: highest };
  const next = [...committed, { version, partition: position.partition, offset: position.offset }].slice(
    -MAX_LEDGER_ENTRIES,
  );
  return highest === 0
    ? { action: 'SCREEN', trigger: 'LIVE', entries: next }
    : { action: 'SCREEN', trigger: 'AMENDMENT', supersedes: highest, entries: next };
}

/** Kafka offsets are int64 decimal strings; compare them without losing precision. */
export function compareOffsets(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
