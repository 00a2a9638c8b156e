/**
 * Which versions of a declaration have been screened, at which input position and with which
 * content. Pure: the screening core asks it what to do with a declaration and stores what it
 * returns, inside the same processing attempt as the output that carries the result.
 *
 * Why positions are kept: the live ledger is written just before the Kafka transaction commits. If
 * the process dies between the two, the message is consumed again, and the ledger already names its
 * version. An entry recorded at this partition at an offset >= the message's own offset can only
 * come from such an uncommitted attempt (committed offsets never move back), so it is ignored.
 *
 * Why content hashes are kept: a version already screened that comes again with other content is
 * not a replay but a conflict (a second producer, or an attempt to overwrite what was screened); it
 * is refused by name instead of being dropped as a replay.
 */
export interface LedgerEntry {
  readonly version: number;
  readonly partition: number;
  readonly offset: string;
  /** Hash of the screened record's bytes (see `contentHash`); absent in entries written before it existed. */
  readonly contentHash?: string;
}

export type ScreeningDecision =
  | {
      readonly action: 'SCREEN';
      readonly trigger: 'LIVE' | 'AMENDMENT';
      readonly supersedes?: number;
      readonly entries: readonly LedgerEntry[];
    }
  | { readonly action: 'REPLAY'; readonly screenedVersion: number }
  | {
      readonly action: 'CONFLICT';
      readonly version: number;
      readonly screenedHash: string;
      readonly contentHash: string;
    };

/** How many versions of one declaration the ledger remembers; older ones cannot be replayed meaningfully. */
export const MAX_LEDGER_ENTRIES = 16;

export interface InputPosition {
  readonly partition: number;
  readonly offset: string;
}

/** The one replay rule: a version above every committed one is screened, any other is a replay or a conflict. */
export function decideScreening(
  entries: readonly LedgerEntry[],
  version: number,
  contentHash: string,
  position: InputPosition,
): ScreeningDecision {
  const committed = entries.filter(
    (entry) =>
      !(entry.partition === position.partition && compareOffsets(entry.offset, position.offset) >= 0),
  );
  const highest = committed.reduce((max, entry) => Math.max(max, entry.version), 0);
  if (version <= highest) {
    const screened = committed.findLast((entry) => entry.version === version)?.contentHash;
    if (screened !== undefined && screened !== contentHash)
      return { action: 'CONFLICT', version, screenedHash: screened, contentHash };
    return { action: 'REPLAY', screenedVersion: highest };
  }
  const next = [
    ...committed,
    { version, partition: position.partition, offset: position.offset, contentHash },
  ].slice(-MAX_LEDGER_ENTRIES);
  return highest === 0
    ? { action: 'SCREEN', trigger: 'LIVE', entries: next }
    : { action: 'SCREEN', trigger: 'AMENDMENT', supersedes: highest, entries: next };
}

/** Kafka offsets are int64 decimal strings; compare them without losing precision. */
export function compareOffsets(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
