import { InMemoryTraderHistory } from './in-memory-trader-history';
import { historyKeysFor } from './history-keys';
import type { TraderObservation } from './trader-observation.model';
import { aDeclaration, defaultProfile } from '../testing/screening.fixture';

const key = { role: 'consignee' as const, by: 'id' as const, key: 'consignee:id:NG1' };
const observation = (declarationId: string, at: string, armsLike = true, version = 1): TraderObservation => ({
  declarationId,
  version,
  at,
  keys: [key],
  armsLike,
});
const query = { keys: [key], windowHours: 24 };

describe('InMemoryTraderHistory', () => {
  it('knows nothing of a key never recorded', async () => {
    expect(await new InMemoryTraderHistory().load(query, new Date('2026-11-29T12:00:00Z'))).toEqual({
      firstSeen: {},
      recentArmsLike: {},
    });
  });

  it('keeps the first sighting of a key and the arms-like declarations within the window', async () => {
    const history = new InMemoryTraderHistory();
    await history.record(observation('D-0', '2026-11-27T12:00:00Z'));
    await history.record(observation('D-1', '2026-11-29T01:00:00Z'));
    await history.record(observation('D-2', '2026-11-29T02:00:00Z', false));
    await history.record(observation('D-3', '2026-11-29T03:00:00Z'));
    const facts = await history.load(query, new Date('2026-11-29T12:00:00Z'));
    expect(facts.firstSeen[key.key]).toEqual({ at: '2026-11-27T12:00:00Z', declarationId: 'D-0' });
    expect(facts.recentArmsLike[key.key]).toEqual(['D-1', 'D-3']);
  });

  it('lists the window in lodging order (then by id) whatever order the declarations were recorded in', async () => {
    const history = new InMemoryTraderHistory();
    for (const [id, at] of [
      ['D-5', '2026-11-29T05:00:00Z'],
      ['D-1', '2026-11-29T01:00:00Z'],
      ['D-9', '2026-11-29T12:00:01Z'],
      ['D-3b', '2026-11-29T03:00:00Z'],
      ['D-0', '2026-11-28T12:00:00Z'],
      ['D-3a', '2026-11-29T03:00:00Z'],
      ['D-12', '2026-11-29T12:00:00Z'],
    ])
      await history.record(observation(id, at));
    // The window is (now - 24 h, now]: D-0 lodged exactly 24 h before is out, D-12 at now is in.
    expect((await history.load(query, new Date('2026-11-29T12:00:00Z'))).recentArmsLike[key.key]).toEqual([
      'D-1',
      'D-3a',
      'D-3b',
      'D-5',
      'D-12',
    ]);
  });

  it('counts a declaration once however often it is replayed or amended', async () => {
    const history = new InMemoryTraderHistory();
    await history.record(observation('D-1', '2026-11-29T01:00:00Z'));
    await history.record(observation('D-1', '2026-11-29T01:00:00Z'));
    await history.record(observation('D-1', '2026-11-29T05:00:00Z', true, 2));
    expect((await history.load(query, new Date('2026-11-29T12:00:00Z'))).recentArmsLike[key.key]).toEqual([
      'D-1',
    ]);
  });
});

describe('historyKeysFor', () => {
  it('keys consignee and consignor by id, name within country and address, with the profile window', async () => {
    const q = historyKeysFor(aDeclaration(), await defaultProfile());
    expect(q.windowHours).toBe(72);
    expect(q.keys.map((k) => k.key)).toEqual([
      'consignee:id:NG87654321',
      'consignee:name:NG:lagos apparel stores ltd',
      'consignee:address:NG:15 broad street lagos',
      'consignor:id:PT501234567',
      'consignor:name:PT:textil norte lda',
      'consignor:address:PT:rua das flores 10 porto',
    ]);
  });
});
