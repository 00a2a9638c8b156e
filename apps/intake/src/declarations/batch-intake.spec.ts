import { validDeclaration } from '@salw/contracts/testing';
import request from 'supertest';
import { postChunked } from '../testing/post-chunked';
import { createTestIntake, SUBMITTER_KEY, type TestIntake } from '../testing/intake-test-app';

function line(declarationId: string): string {
  return JSON.stringify({ ...validDeclaration(), declarationId });
}

function lines(count: number, prefix = 'B'): string[] {
  return Array.from({ length: count }, (_, i) => line(`${prefix}-${i + 1}`));
}

describe('POST /v1/declarations/batch (NDJSON)', () => {
  let intake: TestIntake | undefined;

  afterEach(async () => {
    await intake?.app.close();
    intake = undefined;
  });

  async function postBatch(
    expectedStatus: number,
    body: string,
    env: Record<string, string> = {},
    contentType = 'application/x-ndjson',
  ) {
    intake = await createTestIntake(env);
    return request(intake.server)
      .post('/v1/declarations/batch')
      .set('Authorization', `Bearer ${SUBMITTER_KEY}`)
      .set('Content-Type', contentType)
      .send(body)
      .expect(expectedStatus);
  }

  it('splits produce requests by bytes as well as by count: about 512 KiB of declarations per send', async () => {
    const big = (id: string) =>
      JSON.stringify({
        ...validDeclaration(),
        declarationId: id,
        items: Array.from({ length: 120 }, (_, i) => ({
          ...validDeclaration().items[0],
          line: i + 1,
          description: 'x'.repeat(2000),
        })),
      });
    const body = ['BIG-1', 'BIG-2', 'BIG-3', 'BIG-4', 'BIG-5'].map(big).join('\n');
    // Each line is a little over 256 KiB, so two reach the 512 KiB budget of a send.
    expect(Buffer.byteLength(big('BIG-1'))).toBeGreaterThan(256 * 1024);
    expect(Buffer.byteLength(big('BIG-1'))).toBeLessThan(300 * 1024);

    const response = await postBatch(200, body);

    expect(response.body).toMatchObject({ accepted: 5, rejected: 0 });
    expect(intake!.publisher.sends).toEqual([2, 2, 1]);
  });

  it("reports a line Kafka refuses as too large as that line's own TOO_LARGE error and publishes the others", async () => {
    intake = await createTestIntake();
    intake.publisher.maxValueBytes = 3000;
    const body = [
      line('SMALL-1'),
      JSON.stringify({
        ...validDeclaration(),
        declarationId: 'HUGE-2',
        office: undefined,
        items: [{ ...validDeclaration().items[0], description: 'y'.repeat(2000) }],
      }),
      line('SMALL-3'),
    ].join('\n');

    const response = await request(intake.server)
      .post('/v1/declarations/batch')
      .set('Authorization', `Bearer ${SUBMITTER_KEY}`)
      .set('Content-Type', 'application/x-ndjson')
      .send(body)
      .expect(200);

    expect(response.body).toMatchObject({ accepted: 2, rejected: 1 });
    expect(response.body.unprocessed).toBeUndefined();
    expect(response.body.lines[1]).toMatchObject({ line: 2, status: 'rejected', reason: 'TOO_LARGE' });
    expect(intake.publisher.records.map((r) => r.key)).toEqual(['SMALL-1', 'SMALL-3']);
  });

  it('keeps the report of a hostile batch within a fixed multiple of the request: 5 violations a line, a shared budget', async () => {
    // Each line breaks many rules at once: the validator reports up to 50 problems per line.
    const hostile = JSON.stringify({
      schemaVersion: '1',
      declarationId: '!'.repeat(200),
      version: -1,
      kind: 'X',
      items: Array.from({ length: 40 }, () => ({ line: 0, hsCode: 'x' })),
    });
    const body = Array.from({ length: 2000 }, () => hostile).join('\n');

    const response = await postBatch(200, body);

    expect(response.body).toMatchObject({ accepted: 0, rejected: 2000 });
    const first = response.body.lines[0];
    expect(first.violations).toHaveLength(6);
    expect(first.violations[5]).toMatchObject({
      rule: 'more',
      message: expect.stringMatching(/^and \d+ more problems in this line$/),
    });
    expect(JSON.stringify(response.body).length).toBeLessThan(64 * 1024 + 40 * Buffer.byteLength(body));
    expect(JSON.stringify(response.body).length).toBeLessThan(Buffer.byteLength(body));
  });

  it('reports each line by its number, produces only the valid ones in order, and ignores blank lines', async () => {
    const body = [
      line('OK-1'),
      '',
      '{"schemaVersion":"1",',
      '   ',
      line('OK-2') + '\r',
      JSON.stringify({ ...validDeclaration(), version: 0 }),
      line('OK-3'),
    ].join('\n');

    const response = await postBatch(200, body);

    expect(response.body).toMatchObject({ accepted: 3, rejected: 2, requestId: expect.any(String) });
    expect(response.body.lines).toEqual([
      { line: 1, status: 'accepted', declarationId: 'OK-1', version: 1 },
      {
        line: 3,
        status: 'rejected',
        reason: 'INVALID_JSON',
        violations: [expect.objectContaining({ path: '(root)', rule: 'json' })],
      },
      { line: 5, status: 'accepted', declarationId: 'OK-2', version: 1 },
      {
        line: 6,
        status: 'rejected',
        reason: 'SCHEMA_VIOLATION',
        violations: [expect.objectContaining({ path: 'version' })],
      },
      { line: 7, status: 'accepted', declarationId: 'OK-3', version: 1 },
    ]);
    expect(response.body).not.toHaveProperty('unprocessed');
    const produced = intake!.publisher.records;
    expect(produced.map((r) => r.key)).toEqual(['OK-1', 'OK-2', 'OK-3']);
    expect(produced[1].value.toString('utf8')).toBe(line('OK-2'));
    expect(produced[0].headers).toMatchObject({
      'x-salw-source-format': 'ndjson',
      'x-salw-source': 'intake',
      'content-type': 'application/json',
    });
  });

  it('produces in sends of INTAKE_PRODUCE_CHUNK_SIZE lines', async () => {
    await postBatch(200, lines(5).join('\n') + '\n', { INTAKE_PRODUCE_CHUNK_SIZE: '2' });
    expect(intake!.publisher.sends).toEqual([2, 2, 1]);
  });

  it('stops after INTAKE_MAX_BATCH_LINES declarations and names the first line it did not process', async () => {
    const response = await postBatch(200, ['', ...lines(5)].join('\n'), { INTAKE_MAX_BATCH_LINES: '3' });

    expect(response.body).toMatchObject({
      accepted: 3,
      rejected: 0,
      unprocessed: {
        fromLine: 5,
        reason: 'BATCH_LINE_LIMIT',
        message: expect.stringMatching(/at most 3 declarations.*from 5 on/),
      },
    });
    expect(intake!.publisher.records).toHaveLength(3);
  });

  it('refuses a line over the one-declaration limit as TOO_LARGE and goes on with the next lines', async () => {
    const huge = JSON.stringify({ ...validDeclaration(), declarationId: 'HUGE', office: 'x'.repeat(3000) });
    const response = await postBatch(200, [line('A'), huge, line('B')].join('\n'), {
      INTAKE_MAX_BODY_BYTES: '2048',
    });

    expect(response.body.lines[1]).toEqual({
      line: 2,
      status: 'rejected',
      reason: 'TOO_LARGE',
      violations: [
        {
          path: '(root)',
          rule: 'maxBytes',
          message: `line is ${Buffer.byteLength(huge)} bytes, over the 2048-byte limit of one declaration`,
        },
      ],
    });
    expect(intake!.publisher.records.map((r) => r.key)).toEqual(['A', 'B']);
  });

  it('stops reading a streamed body at INTAKE_MAX_BATCH_BODY_BYTES and reports the lines before it', async () => {
    intake = await createTestIntake({ INTAKE_MAX_BATCH_BODY_BYTES: String(1024 * 1024) });
    const all = lines(1200);
    const response = await postChunked(
      intake.app,
      '/v1/declarations/batch',
      { Authorization: `Bearer ${SUBMITTER_KEY}`, 'Content-Type': 'application/x-ndjson' },
      Buffer.from(all.join('\n')),
      16 * 1024,
    );

    expect(response.status).toBe(200);
    const body = response.body as {
      accepted: number;
      rejected: number;
      unprocessed: { fromLine: number; reason: string };
    };
    expect(body.unprocessed.reason).toBe('BATCH_TOO_LARGE');
    expect(body.accepted).toBe(body.unprocessed.fromLine - 1);
    expect(body.accepted).toBeGreaterThan(0);
    expect(body.accepted).toBeLessThan(1200);
    expect(intake.publisher.records).toHaveLength(body.accepted);
  });

  it('refuses a declared Content-Length over INTAKE_MAX_BATCH_BODY_BYTES with 413 before reading', async () => {
    const response = await postBatch(413, lines(1000).join('\n'), {
      INTAKE_MAX_BATCH_BODY_BYTES: String(1024 * 1024),
    });
    expect(response.body.reason).toBe('TOO_LARGE');
    expect(intake!.publisher.records).toHaveLength(0);
  });

  it('when Kafka fails mid-batch, keeps what was confirmed, rejects the unconfirmed chunk and stops', async () => {
    intake = await createTestIntake({ INTAKE_PRODUCE_CHUNK_SIZE: '2' });
    intake.publisher.failFromSend = 1;

    const response = await request(intake.server)
      .post('/v1/declarations/batch')
      .set('X-API-Key', SUBMITTER_KEY)
      .set('Content-Type', 'application/x-ndjson')
      .send(lines(6).join('\n'))
      .expect(200);

    expect(response.body).toMatchObject({
      accepted: 2,
      rejected: 2,
      unprocessed: { fromLine: 5, reason: 'BROKER_UNAVAILABLE' },
    });
    expect(
      response.body.lines.map((l: { status: string; reason?: string }) => `${l.status}:${l.reason ?? ''}`),
    ).toEqual(['accepted:', 'accepted:', 'rejected:BROKER_UNAVAILABLE', 'rejected:BROKER_UNAVAILABLE']);
  });

  it('answers 503 when Kafka fails before any line was confirmed, so the whole batch can be retried', async () => {
    intake = await createTestIntake();
    intake.publisher.failFromSend = 0;
    const response = await request(intake.server)
      .post('/v1/declarations/batch')
      .set('X-API-Key', SUBMITTER_KEY)
      .set('Content-Type', 'application/x-ndjson')
      .send(lines(3).join('\n'))
      .expect(503);
    expect(response.body.reason).toBe('BROKER_UNAVAILABLE');
  });

  it('refuses a batch of blank lines with 400', async () => {
    const response = await postBatch(400, '\n  \n\r\n');
    expect(response.body).toMatchObject({
      reason: 'EMPTY_MESSAGE',
      error: expect.stringMatching(/every line is blank/),
    });
  });

  it('refuses a JSON array body with 415 naming application/x-ndjson', async () => {
    const response = await postBatch(415, `[${lines(2).join(',')}]`, {}, 'application/json');
    expect(response.body.error).toMatch(/use application\/x-ndjson/);
  });
});
