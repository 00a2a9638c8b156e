import type { Admin } from 'kafkajs';
import { planReplay } from './replay-plan';

/** An admin answering for a 3-partition topic: earliest kept 10, end 100; offsets-for-times as given. */
function adminWith(byTime: Record<number, string>): Admin {
  return {
    fetchTopicOffsets: async () =>
      [0, 1, 2].map((partition) => ({ partition, offset: '100', high: '100', low: '10' })),
    fetchTopicOffsetsByTimestamp: async () =>
      Object.entries(byTime).map(([partition, offset]) => ({ partition: Number(partition), offset })),
  } as unknown as Admin;
}

describe('planning a replay: from a timestamp (or a resumed position) up to the end offsets of now', () => {
  it('reads from the first offset at the time, from nothing where no record is that recent', async () => {
    const plan = await planReplay(adminWith({ 0: '40', 1: '-1', 2: '100' }), 't', { since: new Date(0) });
    expect(plan.partitions).toEqual([
      { partition: 0, start: '40', end: '100' },
      { partition: 1, start: '100', end: '100' },
      { partition: 2, start: '100', end: '100' },
    ]);
    expect(plan.total).toBe(60);
  });

  it('never starts before the earliest kept offset (the retention bounds the window)', async () => {
    const plan = await planReplay(adminWith({ 0: '0', 1: '0', 2: '0' }), 't', { since: new Date(0) });
    expect(plan.partitions.map((p) => p.start)).toEqual(['10', '10', '10']);
  });

  it('starts after the positions an earlier run committed, and reads everything kept without a time', async () => {
    const resumed = await planReplay(adminWith({ 0: '20', 1: '20', 2: '20' }), 't', {
      since: new Date(0),
      floors: new Map([
        [0, '90'],
        [2, '100'],
      ]),
    });
    expect(resumed.partitions.map((p) => [p.start, p.end])).toEqual([
      ['90', '100'],
      ['20', '100'],
      ['100', '100'],
    ]);
    const all = await planReplay(adminWith({}), 't');
    expect(all.total).toBe(270);
  });
});
