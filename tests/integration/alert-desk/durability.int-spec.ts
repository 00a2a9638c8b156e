import { API_KEYS, DeskHarness, type JsonBody } from './support/desk-harness';
import { alertFor } from './support/alert.fixture';

describe('nothing an officer did is lost when Redis crashes mid-shift (AOF, appendfsync always)', () => {
  const desk = new DeskHarness();

  beforeAll(() => desk.setUp());
  afterAll(() => desk.tearDown());

  const detail = async (id: string): Promise<JsonBody> =>
    (await desk.api('GET', `/api/alerts/${id}`, API_KEYS.officerA)).body;

  it('finds every claim, note and outcome again after kill -9 and restart of Redis', async () => {
    const [claimed, noted, closed] = ['claimed', 'noted', 'closed'].map((what) =>
      alertFor(`DUR-${what}-${desk.run}`),
    );
    await desk.produceAlerts([claimed, noted, closed]);
    for (const alert of [claimed, noted, closed]) {
      await desk.waitFor(
        async () => ((await detail(alert.alertId))?.state ? true : undefined),
        alert.alertId,
      );
      expect((await desk.api('POST', `/api/alerts/${alert.alertId}/claim`, API_KEYS.officerA)).status).toBe(
        200,
      );
    }
    await desk.api('POST', `/api/alerts/${noted.alertId}/examine`, API_KEYS.officerA);
    await desk.api('POST', `/api/alerts/${noted.alertId}/notes`, API_KEYS.officerA, {
      note: 'seal number differs from manifest',
    });
    await desk.api('POST', `/api/alerts/${closed.alertId}/close`, API_KEYS.officerA, {
      outcome: 'IRREGULARITY',
      note: 'undeclared cash',
    });
    const before = await Promise.all([claimed, noted, closed].map((a) => detail(a.alertId)));

    await desk.redis.kill();
    await desk.redis.start();

    const after = await desk.waitFor(async () => {
      const rows = await Promise.all([claimed, noted, closed].map((a) => detail(a.alertId)));
      return rows.every((row) => row?.state) ? rows : undefined;
    }, 'the worklist back after the restart');
    expect(after).toEqual(before);
    expect(after[0].state).toMatchObject({ status: 'CLAIMED', assignee: 'service:officer-a' });
    expect(after[1].history.at(-1)).toMatchObject({
      action: 'NOTE',
      note: 'seal number differs from manifest',
    });
    expect(after[2].state).toMatchObject({
      status: 'CLOSED',
      resolution: 'IRREGULARITY',
      note: 'undeclared cash',
    });

    // The outcome of the close before the crash reaches the topic once, and work goes on afterwards.
    expect(
      (
        await desk.api('POST', `/api/alerts/${noted.alertId}/close`, API_KEYS.officerA, {
          outcome: 'NO_FIND',
        })
      ).status,
    ).toBe(200);
    const ids = new Set([closed.alertId, noted.alertId]);
    const records = await desk.kit.readCommitted(
      [desk.topics.alertOutcomes],
      (received) => received.filter((r) => ids.has(r.key ?? '')).length >= 2,
      { settleMs: 3_000 },
    );
    expect(records.map((r) => r.key).sort()).toEqual([...ids].sort());
  });
});
