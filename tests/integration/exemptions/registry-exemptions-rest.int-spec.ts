import { createHash } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@salw/config';
import Redis from 'ioredis';
import { REGISTRY_CONFIG_SECTIONS } from '../../../apps/registry/src/config/registry-config-sections';
import { createRegistryApp } from '../../../apps/registry/src/create-registry-app';
import { brokers, redisUrl, runId } from '../support/kafka-kit';

const KEYS = { admin: 'key-it-admin', analyst: 'key-it-analyst' };
const sha = (key: string) => createHash('sha256').update(key).digest('hex');

/** The registry's exemption routes over HTTP, on the real Redis: who may do what, and what is recorded. */
describe('registry exemptions over REST (real Redis)', () => {
  const prefix = `it-reg-exm-rest-${runId()}:`;
  const redis = new Redis(redisUrl);
  let app: NestExpressApplication;
  let base = '';

  async function api(
    method: string,
    path: string,
    key?: string,
    body?: unknown,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
  ): Promise<{ status: number; body: any }> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(key ? { 'x-api-key': key } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  const request = {
    kind: 'INDICATOR',
    indicator: 'VALUE_ANOMALY',
    subject: { hsHeading: '9306' },
    lane: { office: 'NGAPP001', mode: 'SEA' },
    reason: 'sporting ammunition contract at agreed prices, checked with the licensing office',
    expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  };

  beforeAll(async () => {
    const config = loadConfig(REGISTRY_CONFIG_SECTIONS, {
      KAFKA_BROKERS: brokers.join(','),
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: prefix,
      HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
      AUTH_COOKIE_SECURE: 'false',
      AUTH_API_KEYS: [`root:admin:${sha(KEYS.admin)}`, `ana:analyst:${sha(KEYS.analyst)}`].join(','),
    });
    app = await createRegistryApp({ config });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await app?.close();
    const found = await redis.keys(`${prefix}*`);
    if (found.length) await redis.del(...found);
    await redis.quit();
  });

  let id: string;

  it('POST /exemptions: refused to anonymous callers (401) and analysts (403), recorded for an admin (201)', async () => {
    expect((await api('POST', '/exemptions', undefined, request)).status).toBe(401);
    expect((await api('POST', '/exemptions', KEYS.analyst, request)).status).toBe(403);
    const created = await api('POST', '/exemptions', KEYS.admin, request);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^exm-\d+$/),
      author: 'service:root',
      kind: 'INDICATOR',
    });
    id = created.body.id;
  });

  it('POST /exemptions: a bad request is a 400 naming every field at fault', async () => {
    const refused = await api('POST', '/exemptions', KEYS.admin, { ...request, reason: undefined, lane: {} });
    expect(refused.status).toBe(400);
    expect(refused.body.details.violations.map((v: { path: string }) => v.path).sort()).toEqual(['reason']);
    const noLane = await api('POST', '/exemptions', KEYS.admin, { ...request, lane: {} });
    expect(noLane.status).toBe(400);
    expect(noLane.body.details.violations).toEqual([
      expect.objectContaining({ path: 'lane', rule: 'required' }),
    ]);
  });

  it('GET /exemptions and /exemptions/:id: read by analysts and admins, not anonymously', async () => {
    expect((await api('GET', '/exemptions')).status).toBe(401);
    const listed = await api('GET', '/exemptions', KEYS.analyst);
    expect(listed.status).toBe(200);
    expect(listed.body.map((e: { id: string; state: string }) => [e.id, e.state])).toEqual([[id, 'active']]);
    expect((await api('GET', `/exemptions/${id}`, KEYS.admin)).body).toMatchObject({ id, state: 'active' });
    expect((await api('GET', '/exemptions/exm-999999', KEYS.admin)).status).toBe(404);
    expect((await api('GET', '/exemptions?state=sometimes', KEYS.admin)).status).toBe(400);
  });

  it('DELETE /exemptions/:id: admins only, with a reason; audited with the key as actor', async () => {
    expect((await api('DELETE', `/exemptions/${id}`, KEYS.analyst, { reason: 'x' })).status).toBe(403);
    expect((await api('DELETE', `/exemptions/${id}`, KEYS.admin, {})).status).toBe(400);
    const revoked = await api('DELETE', `/exemptions/${id}`, KEYS.admin, { reason: 'contract ended early' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked).toMatchObject({ by: 'service:root', reason: 'contract ended early' });
    expect((await api('DELETE', `/exemptions/${id}`, KEYS.admin, { reason: 'again' })).status).toBe(409);
    const audit = await api('GET', '/audit', KEYS.analyst);
    expect(audit.body.slice(0, 2).map((a: { action: string; actor: string }) => [a.action, a.actor])).toEqual(
      [
        ['exemption.revoke', 'service:root'],
        ['exemption.create', 'service:root'],
      ],
    );
  });

  it('documents the routes in the OpenAPI document', async () => {
    const document = await fetch(`${base}/api/docs-json`).then(
      (r) => r.json() as Promise<{ paths: Record<string, unknown> }>,
    );
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/exemptions', '/exemptions/{id}']));
  });
});
