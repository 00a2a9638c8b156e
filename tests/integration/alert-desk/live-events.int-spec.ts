import { createHash } from 'node:crypto';
import { API_KEYS, DeskHarness } from './support/desk-harness';
import { alertFor } from './support/alert.fixture';

interface SseEvent {
  id: string;
  data: { type: string; alertId: string; to: string };
}

/** Reads server-sent events until `until` holds, then closes the connection. */
async function readEvents(
  url: string,
  headers: Record<string, string>,
  until: (events: SseEvent[]) => boolean,
) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = '';
  while (!until(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const id = /^id: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (id && data) events.push({ id, data: JSON.parse(data) });
    }
  }
  controller.abort();
  return events;
}

describe('live changes over server-sent events, and the desk metrics', () => {
  const scrapeToken = 'scrape-token-for-the-desk-spec';
  const desk = new DeskHarness({
    METRICS_TOKEN_SHA256: createHash('sha256').update(scrapeToken).digest('hex'),
  });

  beforeAll(() => desk.setUp());
  afterAll(() => desk.tearDown());

  it('announces new and claimed alerts, and a client resuming with Last-Event-ID gets what it missed', async () => {
    const alert = alertFor(`SSE-${desk.run}`);
    const url = `${desk.baseUrl}/api/events`;
    const first = readEvents(url, { 'x-api-key': API_KEYS.officerA }, (events) =>
      events.some((e) => e.data.alertId === alert.alertId && e.data.type === 'new'),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await desk.produceAlerts([alert]);
    const seen = await first;
    const lastId = seen[seen.length - 1].id;

    // Claimed and closed while the client was away.
    await desk.api('POST', `/api/alerts/${alert.alertId}/claim`, API_KEYS.officerA);
    await desk.api('POST', `/api/alerts/${alert.alertId}/close`, API_KEYS.officerA, {
      outcome: 'FALSE_POSITIVE',
    });

    const resumed = await readEvents(
      url,
      { 'x-api-key': API_KEYS.officerA, 'last-event-id': lastId },
      (events) => events.some((e) => e.data.type === 'closed'),
    );
    expect(resumed.map((e) => [e.data.type, e.data.to])).toEqual([
      ['claimed', 'CLAIMED'],
      ['closed', 'CLOSED'],
    ]);
  });

  it('refuses the event stream to an anonymous caller', async () => {
    expect((await fetch(`${desk.baseUrl}/api/events`)).status).toBe(401);
  });

  it('exports open alerts, the oldest NEW age, claim and close times and outcomes under salw_ names', async () => {
    const waiting = alertFor(`MET-${desk.run}`, 1, { severity: 'HIGH', score: 71 });
    await desk.produceAlerts([waiting]);
    await desk.waitForAlerts(waiting);
    const text = await (
      await fetch(`${desk.baseUrl}/metrics`, { headers: { authorization: `Bearer ${scrapeToken}` } })
    ).text();
    expect(text).toMatch(/salw_alert_desk_open_alerts\{[^}]*status="NEW"[^}]*severity="HIGH"[^}]*\} 1/);
    expect(text).toMatch(/salw_alert_desk_oldest_new_alert_age_seconds\{[^}]*\} \d/);
    expect(text).toMatch(/salw_alert_desk_time_to_claim_seconds_count\{[^}]*\} 1/);
    expect(text).toMatch(/salw_alert_desk_time_to_close_seconds_count\{[^}]*\} 1/);
    expect(text).toMatch(/salw_alert_desk_outcomes_total\{[^}]*outcome="FALSE_POSITIVE"[^}]*\} 1/);
    expect(text).toContain('salw_alert_desk_sse_clients');
  });
});
