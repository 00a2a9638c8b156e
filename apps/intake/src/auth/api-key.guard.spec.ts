import { validDeclaration } from '@salw/contracts/testing';
import request from 'supertest';
import { createTestIntake, METRICS_KEY, SUBMITTER_KEY, type TestIntake } from '../testing/intake-test-app';

describe('API key authentication and roles', () => {
  let intake: TestIntake;

  beforeAll(async () => {
    intake = await createTestIntake();
  });

  afterAll(async () => {
    await intake.app.close();
  });

  const body = JSON.stringify(validDeclaration());
  const post = (route: string) =>
    request(intake.server).post(route).set('Content-Type', 'application/json').send(body);

  it.each(['/v1/declarations', '/v1/declarations/batch'])(
    'answers 401 with a Bearer challenge when %s is called without a key',
    async (route) => {
      const response = await post(route).expect(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="salw-intake"');
      expect(response.body).toMatchObject({
        reason: 'UNAUTHENTICATED',
        error: expect.stringMatching(/API key is required/),
      });
    },
  );

  it('answers 401 invalid_token for an unknown key, without echoing it', async () => {
    const response = await post('/v1/declarations')
      .set('Authorization', 'Bearer not-a-configured-key')
      .expect(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="salw-intake", error="invalid_token"');
    expect(JSON.stringify(response.body)).not.toContain('not-a-configured-key');
  });

  it('answers 401 when the Authorization header is not a Bearer credential', async () => {
    const response = await post('/v1/declarations')
      .set('Authorization', `Basic ${SUBMITTER_KEY}`)
      .expect(401);
    expect(response.body.error).toMatch(/must be "Bearer <api key>"/);
  });

  it('answers 401 when Authorization and X-API-Key carry different keys', async () => {
    const response = await post('/v1/declarations')
      .set('Authorization', `Bearer ${SUBMITTER_KEY}`)
      .set('X-API-Key', METRICS_KEY)
      .expect(401);
    expect(response.body.error).toMatch(/different keys/);
  });

  it('answers 403 to a known key without the submitter role, checked before the body is read', async () => {
    const response = await request(intake.server)
      .post('/v1/declarations')
      .set('X-API-Key', METRICS_KEY)
      .set('Content-Type', 'text/plain')
      .send('not even JSON')
      .expect(403);
    expect(response.body).toMatchObject({
      reason: 'FORBIDDEN',
      error: 'the API key of "prometheus" lacks the role submitter',
    });
    expect(intake.publisher.records).toHaveLength(0);
  });

  it('lets only a key with the metrics role read /metrics', async () => {
    await request(intake.server).get('/metrics').expect(401);
    await request(intake.server).get('/metrics').set('X-API-Key', SUBMITTER_KEY).expect(403);
    const response = await request(intake.server).get('/metrics').set('X-API-Key', METRICS_KEY).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('leaves the probes open', async () => {
    await request(intake.server).get('/health/live').expect(200);
    const ready = await request(intake.server).get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({ publisher: { status: 'up' } });
  });

  it('echoes a well-formed X-Request-Id and replaces one that could forge log lines', async () => {
    const kept = await request(intake.server).get('/health/live').set('X-Request-Id', 'abc-123').expect(200);
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await request(intake.server)
      .get('/health/live')
      .set('X-Request-Id', 'a b\tc')
      .expect(200);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
