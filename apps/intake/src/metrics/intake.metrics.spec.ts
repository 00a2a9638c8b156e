import { validDeclaration } from '@salw/contracts/testing';
import request from 'supertest';
import { createTestIntake, METRICS_KEY, SUBMITTER_KEY, type TestIntake } from '../testing/intake-test-app';

describe('intake metrics on /metrics', () => {
  let intake: TestIntake;
  let scrape: string;

  beforeAll(async () => {
    intake = await createTestIntake();
    const submit = (body: string, type = 'application/json') =>
      request(intake.server)
        .post('/v1/declarations')
        .set('X-API-Key', SUBMITTER_KEY)
        .set('Content-Type', type)
        .send(body);
    await submit(JSON.stringify(validDeclaration())).expect(202);
    await submit('{"schemaVersion":"1"').expect(400);
    await submit('{}', 'text/csv').expect(415);
    const batch = [JSON.stringify(validDeclaration()), '[]', JSON.stringify(validDeclaration())].join('\n');
    await request(intake.server)
      .post('/v1/declarations/batch')
      .set('X-API-Key', SUBMITTER_KEY)
      .set('Content-Type', 'application/x-ndjson')
      .send(batch)
      .expect(200);
    await request(intake.server).get('/no/such/route').expect(404);
    scrape = (await request(intake.server).get('/metrics').set('X-API-Key', METRICS_KEY).expect(200)).text;
  });

  afterAll(async () => {
    await intake.app.close();
  });

  it('counts requests by route template and status', () => {
    expect(scrape).toContain(
      'salw_intake_requests_total{route="/v1/declarations",status="202",service="intake"} 1',
    );
    expect(scrape).toContain(
      'salw_intake_requests_total{route="/v1/declarations",status="400",service="intake"} 1',
    );
    expect(scrape).toContain(
      'salw_intake_requests_total{route="/v1/declarations",status="415",service="intake"} 1',
    );
    expect(scrape).toContain(
      'salw_intake_requests_total{route="/v1/declarations/batch",status="200",service="intake"} 1',
    );
    expect(scrape).toContain('salw_intake_requests_total{route="unmatched",status="404",service="intake"} 1');
  });

  it('counts declarations by format, outcome and reason', () => {
    expect(scrape).toContain(
      'salw_intake_declarations_total{format="json",outcome="accepted",reason="none",service="intake"} 1',
    );
    expect(scrape).toContain(
      'salw_intake_declarations_total{format="json",outcome="rejected",reason="INVALID_JSON",service="intake"} 1',
    );
    expect(scrape).toContain(
      'salw_intake_declarations_total{format="ndjson",outcome="accepted",reason="none",service="intake"} 2',
    );
    expect(scrape).toContain(
      'salw_intake_declarations_total{format="ndjson",outcome="rejected",reason="SCHEMA_VIOLATION",service="intake"} 1',
    );
  });

  it('records batch sizes and request durations as histograms', () => {
    expect(scrape).toContain('salw_intake_batch_lines_count{service="intake"} 1');
    expect(scrape).toContain('salw_intake_batch_lines_sum{service="intake"} 3');
    expect(scrape).toMatch(
      /salw_intake_request_duration_seconds_count\{service="intake",route="\/v1\/declarations",status="202"\} 1/,
    );
  });
});
