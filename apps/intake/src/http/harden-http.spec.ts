import type { Server } from 'node:http';
import request from 'supertest';
import { createTestIntake, type TestIntake } from '../testing/intake-test-app';

describe('the intake HTTP server', () => {
  let intake: TestIntake | undefined;
  afterEach(async () => {
    await intake?.app.close();
    intake = undefined;
  });

  it('sends security headers and no x-powered-by on every answer', async () => {
    intake = await createTestIntake();
    const response = await request(intake.server).get('/health/live').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers no CORS headers unless origins are configured', async () => {
    intake = await createTestIntake();
    const preflight = await request(intake.server)
      .options('/v1/declarations')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows the configured origins only', async () => {
    intake = await createTestIntake({ INTAKE_CORS_ORIGINS: 'https://desk.example.org' });
    const allowed = await request(intake.server)
      .get('/health/live')
      .set('Origin', 'https://desk.example.org');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://desk.example.org');
    const other = await request(intake.server).get('/health/live').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('bounds header, request and keep-alive time and the number of connections', async () => {
    intake = await createTestIntake({ INTAKE_HEADERS_TIMEOUT_MS: '7000', INTAKE_MAX_CONNECTIONS: '64' });
    const server = intake.app.getHttpServer() as Server;
    expect({
      headersTimeout: server.headersTimeout,
      requestTimeout: server.requestTimeout,
      keepAliveTimeout: server.keepAliveTimeout,
      maxConnections: server.maxConnections,
    }).toEqual({ headersTimeout: 7000, requestTimeout: 120_000, keepAliveTimeout: 5000, maxConnections: 64 });
  });
});
