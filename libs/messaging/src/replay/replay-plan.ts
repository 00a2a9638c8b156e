import type { Admin } from 'kafkajs';

/** Which offsets of one partition a replay reads: `[start, end)`. */
export interface PartitionRange {
  readonly partition: number;
  readonly start: string;
  /** The partition's end offset when the replay was planned: records written later are not read. */
  readonly end: string;
}

export interface ReplayPlan {
  readonly topic: string;
  readonly partitions: readonly PartitionRange[];
  /** Offsets to read in all (an upper bound of the records: transaction markers take offsets too). */
  readonly total: number;
}

export interface PlanReplayOptions {
  /** Read from the first record at or after this time; from the earliest kept when absent. */
  readonly since?: Date;
  /**
   * Per partition, an offset the replay starts at or after (e.g. what an earlier run committed), so a
   * run resumed after a crash or started twice does not read again what was done.
   */
  readonly floors?: ReadonlyMap<number, string>;
}

const maxOffset = (a: string, b: string): string => (BigInt(a) >= BigInt(b) ? a : b);

/**
 * Works out, per partition, the offsets a replay reads: from the first offset at or after `since`
 * (Kafka's offsets-for-times; the earliest kept offset when older records are gone, so the window is
 * bounded by the topic's retention by construction) up to the end offsets captured now.
 */
export async function planReplay(
  admin: Admin,
  topic: string,
  options: PlanReplayOptions = {},
): Promise<ReplayPlan> {
  const ends = await admin.fetchTopicOffsets(topic);
  const starts =
    options.since === undefined
      ? ends.map((p) => ({ partition: p.partition, offset: p.low }))
      : await admin.fetchTopicOffsetsByTimestamp(topic, options.since.getTime());
  const startOf = new Map(starts.map((s) => [s.partition, s.offset]));
  const partitions = ends
    .map((p): PartitionRange => {
      // offsets-for-times answers -1 (or the end) when no record is that recent: nothing to read there.
      const byTime = startOf.get(p.partition) ?? p.high;
      let start = BigInt(byTime) < 0n ? p.high : maxOffset(byTime, p.low);
      const floor = options.floors?.get(p.partition);
      if (floor !== undefined) start = maxOffset(start, floor);
      return { partition: p.partition, start, end: BigInt(start) >= BigInt(p.high) ? start : p.high };
    })
    .sort((a, b) => a.partition - b.partition);
  const total = partitions.reduce((sum, p) => sum + Number(BigInt(p.end) - BigInt(p.start)), 0);
  return { topic, partitions, total };
}
