import { API_KEYS, DeskHarness, type JsonBody } from './support/desk-harness';
import { alertFor, declarationFor } from './support/alert.fixture';

describe('alert desk against the real broker and a Redis with AOF fsync always', () => {
  const desk = new DeskHarness();

  beforeAll(() => desk.setUp());
  afterAll(() => desk.tearDown());

  const list = async (query = '') => (await desk.api('GET', `/api/alerts${query}`, API_KEYS.officerA)).body;

  it('adds an alert produced to Kafka to the worklist once, also when it is delivered again', async () => {
    const alert = alertFor(`D1-${desk.run}`);
    await desk.produceDeclarations([declarationFor(alert.declarationId)]);
    await desk.produceAlerts([alert, alert]);
    await desk.waitFor(
      async () => ((await list()).total >= 1 ? true : undefined),
      'the alert in the worklist',
    );
    await desk.produceAlerts([alert]);
    const marker = alertFor(`D1b-${desk.run}`);
    await desk.produceAlerts([marker]);
    await desk.waitFor(async () => ((await list()).total >= 2 ? true : undefined), 'the marker alert');

    const page = await list(`?q=${encodeURIComponent(alert.declarationId.toLowerCase())}`);
    expect(page.items.map((row: JsonBody) => row.alert.alertId)).toEqual([alert.alertId]);
    const detail = (await desk.api('GET', `/api/alerts/${alert.alertId}`, API_KEYS.officerA)).body;
    expect(detail.history.filter((h: JsonBody) => h.action === 'RECEIVED')).toHaveLength(1);
    expect(page.counts.NEW.CRITICAL).toBe(2);
  });

  it('filters by the declaration: office, transport mode and country', async () => {
    const alert = alertFor(`D2-${desk.run}`, 1, { severity: 'HIGH', score: 70 });
    const declaration = declarationFor(alert.declarationId);
    await desk.produceDeclarations([declaration]);
    await desk.produceAlerts([alert]);
    await desk.waitFor(
      async () =>
        (await list(`?office=${declaration.office}&severity=HIGH`)).total === 1 ? true : undefined,
      'the alert found by office',
    );
    expect((await list(`?mode=${declaration.transport.mode}&severity=HIGH`)).total).toBe(1);
    expect((await list(`?country=${declaration.route.destination}&severity=HIGH`)).total).toBe(1);
    expect((await list(`?country=KP&severity=HIGH`)).total).toBe(0);
    expect((await list(`?status=NEW&office=${declaration.office}&severity=HIGH`)).total).toBe(1);
    expect((await list(`?status=CLAIMED&office=${declaration.office}&severity=HIGH`)).total).toBe(0);
  });

  it('gives an alert its declaration filters when the declaration arrives after it', async () => {
    const alert = alertFor(`D2b-${desk.run}`, 1, { severity: 'LOW', score: 33 });
    await desk.produceAlerts([alert]);
    await desk.waitFor(
      async () =>
        (await list(`?severity=LOW&q=${alert.declarationId.toLowerCase()}`)).total === 1 ? true : undefined,
      'the alert',
    );
    const declaration = { ...declarationFor(alert.declarationId), office: 'ZZLATE01' };
    await desk.produceDeclarations([declaration]);
    const page = await desk.waitFor(async () => {
      const p = await list('?office=ZZLATE01&severity=LOW');
      return p.total === 1 ? p : undefined;
    }, 'the alert found by the late office');
    expect(page.items[0].alert.alertId).toBe(alert.alertId);
  });

  it('orders the queue by severity, then score, then arrival', async () => {
    const id = `D3-${desk.run}`;
    await desk.produceAlerts([
      alertFor(`${id}-low`, 1, { severity: 'LOW', score: 30 }),
      alertFor(`${id}-crit-60`, 1, { severity: 'CRITICAL', score: 60 }),
      alertFor(`${id}-crit-90`, 1, { severity: 'CRITICAL', score: 90 }),
    ]);
    const page = await desk.waitFor(async () => {
      const p = await list(`?q=${id.toLowerCase()}`);
      return p.total === 3 ? p : undefined;
    }, 'three alerts');
    expect(page.items.map((row: JsonBody) => row.alert.declarationId)).toEqual([
      `${id}-crit-90`,
      `${id}-crit-60`,
      `${id}-low`,
    ]);
  });

  it('supersedes the alert of an older declaration version, linking both and keeping the history', async () => {
    const v1 = alertFor(`D4-${desk.run}`, 1);
    const v2 = alertFor(`D4-${desk.run}`, 2);
    await desk.produceAlerts([v1]);
    await desk.waitForAlerts(v1);
    await desk.api('POST', `/api/alerts/${v1.alertId}/claim`, API_KEYS.officerA);
    await desk.produceAlerts([v2]);
    const older = await desk.waitFor(async () => {
      const d = (await desk.api('GET', `/api/alerts/${v1.alertId}`, API_KEYS.officerA)).body;
      return d.state.status === 'CLOSED' ? d : undefined;
    }, 'v1 superseded');
    expect(older.state).toMatchObject({ resolution: 'SUPERSEDED', supersededBy: v2.alertId });
    expect(older.history.map((h: JsonBody) => [h.action, h.from, h.to])).toEqual([
      ['RECEIVED', undefined, 'NEW'],
      ['CLAIM', 'NEW', 'CLAIMED'],
      ['SUPERSEDE', 'CLAIMED', 'CLOSED'],
    ]);
    const newer = (await desk.api('GET', `/api/alerts/${v2.alertId}`, API_KEYS.officerA)).body;
    expect(newer.state).toMatchObject({ status: 'NEW', supersedes: v1.alertId });
    expect(newer.versions.map((v: JsonBody) => v.version)).toEqual([1, 2]);
  });

  it('lets exactly one of two officers claiming the same alert win; the other gets 409', async () => {
    const alerts = Array.from({ length: 10 }, (_, i) => alertFor(`D5-${desk.run}-${i}`));
    await desk.produceAlerts(alerts);
    await desk.waitForAlerts(...alerts);
    for (const alert of alerts) {
      const results = await Promise.all([
        desk.api('POST', `/api/alerts/${alert.alertId}/claim`, API_KEYS.officerA),
        desk.api('POST', `/api/alerts/${alert.alertId}/claim`, API_KEYS.officerB),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results.find((r) => r.status === 200)!.body.state.assignee;
      const detail = (await desk.api('GET', `/api/alerts/${alert.alertId}`, API_KEYS.officerA)).body;
      expect(detail.state.assignee).toBe(winner);
      expect(detail.history.filter((h: JsonBody) => h.action === 'CLAIM')).toHaveLength(1);
    }
  });

  it("keeps an officer off another officer's alert and off supervisor actions", async () => {
    const alert = alertFor(`D6-${desk.run}`);
    await desk.produceAlerts([alert]);
    await desk.waitForAlerts(alert);
    expect((await desk.api('POST', `/api/alerts/${alert.alertId}/claim`, API_KEYS.officerA)).status).toBe(
      200,
    );
    expect(
      (
        await desk.api('POST', `/api/alerts/${alert.alertId}/close`, API_KEYS.officerB, {
          outcome: 'NO_FIND',
        })
      ).status,
    ).toBe(409);
    expect(
      (await desk.api('POST', `/api/alerts/${alert.alertId}/assign`, API_KEYS.officerA, { assignee: 'x' }))
        .status,
    ).toBe(403);
    expect((await desk.api('POST', `/api/alerts/${alert.alertId}/claim`, API_KEYS.analyst)).status).toBe(403);
    expect((await desk.api('GET', `/api/alerts`, 'wrong-key')).status).toBe(401);
    expect(
      (
        await desk.api('POST', `/api/alerts/${alert.alertId}/assign`, API_KEYS.supervisor, {
          assignee: 'service:officer-b',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await desk.api('POST', `/api/alerts/${alert.alertId}/close`, API_KEYS.officerB, {
          outcome: 'NO_FIND',
        })
      ).status,
    ).toBe(200);
    expect(
      (await desk.api('POST', `/api/alerts/${alert.alertId}/reopen`, API_KEYS.supervisor)).body.state.status,
    ).toBe('NEW');
  });

  it('publishes exactly one AlertOutcome per close on the outcomes topic', async () => {
    const alerts = Array.from({ length: 5 }, (_, i) => alertFor(`D7-${desk.run}-${i}`));
    await desk.produceAlerts(alerts);
    for (const alert of alerts) {
      await desk.waitForAlerts(alert);
      await desk.api('POST', `/api/alerts/${alert.alertId}/claim`, API_KEYS.officerA);
      await desk.api('POST', `/api/alerts/${alert.alertId}/examine`, API_KEYS.officerA);
      const closed = await desk.api('POST', `/api/alerts/${alert.alertId}/close`, API_KEYS.officerA, {
        outcome: 'SEIZURE',
        note: 'slides in engine block',
      });
      expect(closed.status).toBe(200);
      expect(
        (
          await desk.api('POST', `/api/alerts/${alert.alertId}/close`, API_KEYS.officerA, {
            outcome: 'SEIZURE',
          })
        ).status,
      ).toBe(409);
    }
    const ids = new Set(alerts.map((a) => a.alertId));
    const records = await desk.kit.readCommitted(
      [desk.topics.alertOutcomes],
      (received) => received.filter((r) => ids.has(r.key ?? '')).length >= alerts.length,
      { settleMs: 3_000 },
    );
    const ours = records.filter((r) => ids.has(r.key ?? ''));
    expect(ours.map((r) => r.key).sort()).toEqual([...ids].sort());
    const performance = (await desk.api('GET', '/api/performance', API_KEYS.analyst)).body.indicators;
    expect(performance.find((row: JsonBody) => row.indicator === 'SANCTIONED_PARTY')).toMatchObject({
      profile: 'salw-default:3',
      outcomes: expect.objectContaining({ SEIZURE: 5 }),
    });
    expect((await desk.api('GET', '/api/performance', API_KEYS.officerA)).status).toBe(403);
    expect(JSON.parse(ours[0].value!)).toMatchObject({
      status: 'CLOSED',
      outcome: 'SEIZURE',
      officer: 'service:officer-a',
      note: 'slides in engine block',
      indicators: ['ARMS_KEYWORD_MISMATCH', 'SANCTIONED_PARTY'],
    });
  });
});
