import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@salw/config';
import { REGISTRY_CONFIG_SECTIONS } from '../../../apps/registry/src/config/registry-config-sections';
import { createRegistryApp } from '../../../apps/registry/src/create-registry-app';
import { partyEntry, RegistryBed, SAMPLE_NATIONAL } from './support/registry-bed';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const KEYS = {
  admin: 'registry-admin-key-0123456789abcdef',
  analyst: 'registry-analyst-key-0123456789abcdef',
};
const SCRAPE_TOKEN = 'registry-scrape-token-0123456789abcdef';

/** The registry over HTTP: roles decide who may change, every change needs a reason and is audited with the caller. */
describe('registry REST API (real Redis)', () => {
  const bed = new RegistryBed('rest');
  let app: NestExpressApplication;
  let base: string;

  const call = async (
    method: string,
    path: string,
    key: string | undefined,
    body?: string | object,
    type?: string,
  ) => {
    const headers: Record<string, string> = {};
    if (key) headers['x-api-key'] = key;
    if (body !== undefined) headers['content-type'] = type ?? 'application/json';
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: response.status, body: json as Record<string, unknown> & unknown[] };
  };

  beforeAll(async () => {
    const config = loadConfig(
      REGISTRY_CONFIG_SECTIONS,
      bed.env({
        HTTP_PORT: '0',
        AUTH_COOKIE_SECURE: 'false',
        AUTH_API_KEYS: `ops:admin:${sha(KEYS.admin)},risk:analyst:${sha(KEYS.analyst)}`,
        METRICS_TOKEN_SHA256: sha(SCRAPE_TOKEN),
      }),
    );
    app = await createRegistryApp({ config });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const seeded = await bed.cli(
      '--actor',
      'seeder',
      'import',
      'national',
      SAMPLE_NATIONAL,
      '--reason',
      'first list',
    );
    expect(seeded.code).toBe(0);
    // A first activation needs a profile: publish and activate the default one.
    const profile = await bed.cli(
      '--actor',
      'seeder',
      'profile',
      'publish',
      'libs/risk-engine/profiles/salw-default',
      '--reason',
      'default',
    );
    expect(profile.code).toBe(0);
    for (const argv of [
      ['profile', 'activate', 'salw-default', '4'],
      ['activate', 'national', '1'],
    ])
      expect((await bed.cli('--actor', 'seeder', ...argv, '--reason', 'start')).code).toBe(0);
  });

  afterAll(async () => {
    await app?.close();
    await bed.close();
  });

  it('serves its OpenAPI document naming every route', async () => {
    const { status, body } = await call('GET', '/api/docs-json', undefined);
    expect(status).toBe(200);
    const paths = Object.keys((body as unknown as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/lists',
        '/lists/{list}/versions',
        '/lists/{list}/diff',
        '/lists/{list}/activate',
        '/lists/{list}/rollback',
        '/imports/{kind}',
        '/profiles',
        '/profiles/diff',
        '/profiles/validate',
        '/profiles/{id}/versions/{version}/activate',
        '/profiles/rollback',
        '/audit',
        '/screeners',
      ]),
    );
  });

  it('refuses an anonymous caller (401) and an analyst who tries to change anything (403)', async () => {
    expect((await call('GET', '/lists', undefined)).status).toBe(401);
    expect(
      (await call('POST', '/lists/national/activate', KEYS.analyst, { version: 1, reason: 'x' })).status,
    ).toBe(403);
    expect(
      (
        await call(
          'POST',
          '/imports/national?reason=x',
          KEYS.analyst,
          readFileSync(SAMPLE_NATIONAL, 'utf8'),
          'application/x-ndjson',
        )
      ).status,
    ).toBe(403);
  });

  it('lets an administrator import (body) and activate, audited with the key as actor; refuses without a reason', async () => {
    const file = readFileSync(
      bed.nationalListWith('rest-v2', [partyEntry('NAT-REST-1', 'Sirocco Munitions Brokerage')]),
      'utf8',
    );
    const dry = await call('POST', '/imports/national?dryRun=true', KEYS.admin, file, 'application/x-ndjson');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      list: 'national',
      diff: { added: [{ entryId: 'NAT-REST-1', name: 'Sirocco Munitions Brokerage' }] },
    });
    expect(dry.body.version).toBeUndefined();

    expect((await call('POST', '/imports/national', KEYS.admin, file, 'application/x-ndjson')).status).toBe(
      400,
    );
    const imported = await call(
      'POST',
      '/imports/national?reason=new%20circular',
      KEYS.admin,
      file,
      'application/x-ndjson',
    );
    expect(imported.status).toBe(200);
    expect(imported.body.version).toBe(2);

    expect((await call('POST', '/profiles/salw-default/versions/4/activate', KEYS.admin, {})).status).toBe(
      400,
    );
    // Already active: a conflict, not a second activation.
    const again = { reason: 'again' };
    expect((await call('POST', '/profiles/salw-default/versions/4/activate', KEYS.admin, again)).status).toBe(
      409,
    );
    expect((await call('POST', '/lists/national/activate', KEYS.admin, { version: 2 })).status).toBe(400);
    const activated = await call('POST', '/lists/national/activate', KEYS.admin, {
      version: 2,
      reason: 'circular in force',
    });
    expect(activated.status).toBe(200);
    expect(activated.body).toMatchObject({
      lists: { national: 2 },
      actor: 'service:ops',
      reason: 'circular in force',
    });

    const audit = await call('GET', '/audit?limit=1', KEYS.analyst);
    expect(audit.status).toBe(200);
    expect(audit.body[0]).toMatchObject({
      actor: 'service:ops',
      action: 'list.activate',
      subject: 'list national v2',
      reason: 'circular in force',
    });
  });

  it('lets an analyst read the lists, versions and the diff between two versions', async () => {
    const lists = await call('GET', '/lists', KEYS.analyst);
    expect(lists.body).toEqual([expect.objectContaining({ list: 'national', active: 2, rollbackTo: 1 })]);
    const versions = await call('GET', '/lists/national/versions', KEYS.analyst);
    expect(
      (versions.body as { version: number; importedBy: string }[]).map((v) => [v.version, v.importedBy]),
    ).toEqual([
      [1, 'seeder'],
      [2, 'service:ops'],
    ]);
    const diff = await call('GET', '/lists/national/diff?from=1&to=2', KEYS.analyst);
    expect(diff.body).toMatchObject({ added: [{ entryId: 'NAT-REST-1' }], removed: [], changed: [] });
    expect((await call('GET', '/lists/national/diff?from=1&to=99', KEYS.analyst)).status).toBe(404);
    expect((await call('GET', '/lists/national/diff?from=x&to=2', KEYS.analyst)).status).toBe(400);
  });

  it('rolls a list back for an administrator, and exports the active activation to the scraper', async () => {
    const rolled = await call('POST', '/lists/national/rollback', KEYS.admin, { reason: 'undo' });
    expect(rolled.status).toBe(200);
    expect(rolled.body).toMatchObject({ lists: { national: 1 } });
    const metrics = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${SCRAPE_TOKEN}` } });
    expect(await metrics.text()).toContain(
      `salw_registry_active_activation{service="registry"} ${rolled.body.activation as number}`,
    );
  });
});
