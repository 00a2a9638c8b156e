import { validDeclaration } from '@salw/contracts/testing';
import request from 'supertest';
import { createTestIntake, sha256Hex, SUBMITTER_KEY, type TestIntake } from '../testing/intake-test-app';

const OTHER_KEY = 'another-submitter-key';

describe('declaration ownership at the intake', () => {
  let intake: TestIntake;

  beforeEach(async () => {
    intake = await createTestIntake({
      INTAKE_API_KEYS: `clearance:submitter:${sha256Hex(SUBMITTER_KEY)},broker-b:submitter:${sha256Hex(OTHER_KEY)}`,
    });
  });
  afterEach(() => intake.app.close());

  const submit = (key: string, version: number) =>
    request(intake.server)
      .post('/v1/declarations')
      .set('Authorization', `Bearer ${key}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ ...validDeclaration(), version }));

  it('lets the first client submit later versions and refuses another client with 403, publishing nothing for it', async () => {
    expect((await submit(SUBMITTER_KEY, 1)).status).toBe(202);
    const hijack = await submit(OTHER_KEY, 2);
    expect(hijack.status).toBe(403);
    expect(hijack.body).toMatchObject({ reason: 'NOT_DECLARATION_OWNER' });
    expect(JSON.stringify(hijack.body)).not.toContain('clearance');
    expect((await submit(SUBMITTER_KEY, 2)).status).toBe(202);
    expect(intake.publisher.records.map((r) => r.headers['x-salw-client'])).toEqual([
      'clearance',
      'clearance',
    ]);
  });

  it('answers 503 STORE_UNAVAILABLE, publishing nothing, when the owners store does not answer', async () => {
    intake.ownership.unavailable = true;
    const response = await submit(SUBMITTER_KEY, 1);
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({ reason: 'STORE_UNAVAILABLE' });
    expect(response.headers['retry-after']).toBe('5');
    expect(intake.publisher.records).toEqual([]);
  });
});
